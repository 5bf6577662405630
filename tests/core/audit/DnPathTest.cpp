// DN helpers the audit groups users with: escapes, case, tree order.
#include "core/audit/DnPath.h"

#include <gtest/gtest.h>

using namespace adphoto;

TEST(DnPath, EscapedCommasStayInsideTheirRdn)
{
    const QString dn =
        QStringLiteral("CN=O'Brien\\, Siobhán,OU=Sales\\2C Marketing,OU=Sales\\, PR,DC=example,DC=test");
    EXPECT_EQ(dnpath::split(dn),
              (QStringList{QStringLiteral("CN=O'Brien\\, Siobhán"), QStringLiteral("OU=Sales\\2C Marketing"),
                           QStringLiteral("OU=Sales\\, PR"), QStringLiteral("DC=example"),
                           QStringLiteral("DC=test")}));
    EXPECT_EQ(dnpath::parent(dn), QStringLiteral("OU=Sales\\2C Marketing,OU=Sales\\, PR,DC=example,DC=test"));
    EXPECT_EQ(dnpath::parent(QStringLiteral("CN=a\\\\,OU=b")), QStringLiteral("OU=b"))
        << "an escaped backslash";
    EXPECT_EQ(dnpath::parent(QStringLiteral("DC=test")), QString());
}

TEST(DnPath, WithinComparesWholeRdnsIgnoringCase)
{
    const QString base = QStringLiteral("OU=Corp,DC=example,DC=test");
    EXPECT_TRUE(dnpath::isWithin(QStringLiteral("OU=X,ou=corp,dc=EXAMPLE,dc=test"), base));
    EXPECT_TRUE(dnpath::isWithin(base, base));
    EXPECT_FALSE(dnpath::isWithin(QStringLiteral("OU=X,OU=BigCorp,DC=example,DC=test"), base));
    EXPECT_FALSE(dnpath::isWithin(QStringLiteral("DC=example,DC=test"), base));
}

TEST(DnPath, TreeOrderPutsParentsBeforeChildren)
{
    QStringList dns = {QStringLiteral("OU=b,OU=a,DC=t"), QStringLiteral("OU=a,DC=t"),
                       QStringLiteral("OU=c,DC=t"), QStringLiteral("OU=A2,OU=a,DC=t"),
                       QStringLiteral("DC=t")};
    std::sort(dns.begin(), dns.end(), dnpath::treeLess);
    EXPECT_EQ(dns, (QStringList{QStringLiteral("DC=t"), QStringLiteral("OU=a,DC=t"),
                                QStringLiteral("OU=A2,OU=a,DC=t"), QStringLiteral("OU=b,OU=a,DC=t"),
                                QStringLiteral("OU=c,DC=t")}));
}
