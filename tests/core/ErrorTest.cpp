// The exit codes and one-line texts every command reports errors with (CONTRACT.md).
#include "core/Error.h"

#include <gtest/gtest.h>

using namespace adphoto;

TEST(Error, ExitCodesFollowTheContract)
{
    EXPECT_EQ(exitCodeFor(ErrorKind::Usage), 2);
    EXPECT_EQ(exitCodeFor(ErrorKind::Authentication), 4);
    EXPECT_EQ(exitCodeFor(ErrorKind::Ambiguous), 5);
    EXPECT_EQ(exitCodeFor(ErrorKind::Conflict), 5);
    EXPECT_EQ(exitCodeFor(ErrorKind::Cancelled), 130);
    EXPECT_EQ(exitCodeFor(ErrorKind::NotFound), 1);
}

TEST(Error, TextAppendsTheDetailInParentheses)
{
    const Error withDetail{ErrorKind::NotFound, QStringLiteral("no such user"), QStringLiteral("jdoe"), {}};
    EXPECT_EQ(withDetail.text(), QStringLiteral("no such user (jdoe)"));
    const Error plain{ErrorKind::Io, QStringLiteral("disk full"), {}, {}};
    EXPECT_EQ(plain.text(), QStringLiteral("disk full"));
    EXPECT_EQ(errorKindName(ErrorKind::Ambiguous), QStringLiteral("ambiguous"));
}
