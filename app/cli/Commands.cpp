// The command table of adphoto-cli: one line per command, in the order `help` lists them.
#include "app/cli/CliApp.h"

#include "app/cli/AuditCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/DeployCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/HistoryCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/MatchCommand.h"
#include "app/cli/RestoreCommand.h"
#include "app/cli/UndoCommand.h"
#include "app/cli/PhotoGetCommand.h"
#include "app/cli/PhotoPrepareCommand.h"
#include "app/cli/PhotoRemoveCommand.h"
#include "app/cli/PhotoSetCommand.h"
#include "app/cli/UsersCommand.h"

namespace adphoto::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<UsersCommand>());
    commands.push_back(std::make_unique<PhotoGetCommand>());
    commands.push_back(std::make_unique<PhotoSetCommand>());
    commands.push_back(std::make_unique<PhotoPrepareCommand>());
    commands.push_back(std::make_unique<PhotoRemoveCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<MatchCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<UndoCommand>());
    commands.push_back(std::make_unique<DeployCommand>());
    return commands;
}

} // namespace adphoto::cli
