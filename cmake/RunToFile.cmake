# cmake -DPROGRAM=exe -DARGS="a b" -DOUTPUT=file [-DGZIP=gzip] -P RunToFile.cmake
# Runs PROGRAM in English (C locale, ADPHOTO_LANG=C, no user settings) and writes its stdout to
# OUTPUT; with GZIP, also OUTPUT.gz, compressed without a time stamp (reproducible, as Debian
# wants).
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C LANGUAGE= ADPHOTO_LANG=C ADPHOTO_CONFIG=${OUTPUT}.ini
            ${PROGRAM} ${args}
    OUTPUT_FILE ${OUTPUT}.tmp
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT}.tmp)
    message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${result}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
if(GZIP)
    execute_process(COMMAND ${GZIP} -9 -n -c ${OUTPUT} OUTPUT_FILE ${OUTPUT}.gz RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${OUTPUT} failed: ${result}")
    endif()
endif()
