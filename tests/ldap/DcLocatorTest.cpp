// SRV answers are read into DCs in the order clients must try them.
#include "ldap/DcLocator.h"

#include <gtest/gtest.h>

using namespace adphoto;

namespace {
void put16(QByteArray& b, int v)
{
    b.append(char((v >> 8) & 0xff));
    b.append(char(v & 0xff));
}

QByteArray name(const QStringList& labels)
{
    QByteArray out;
    for (const QString& l : labels) {
        out.append(char(l.size()));
        out.append(l.toLatin1());
    }
    out.append('\0');
    return out;
}

// A DNS response with one question and the given SRV answers (priority, weight, port, target).
QByteArray srvAnswer(const QList<std::tuple<int, int, int, QString>>& records)
{
    const QByteArray qname = name({QStringLiteral("_ldap"), QStringLiteral("_tcp"), QStringLiteral("dc"),
                                   QStringLiteral("_msdcs"), QStringLiteral("example"), QStringLiteral("test")});
    QByteArray b;
    put16(b, 0x1234);
    put16(b, 0x8180);
    put16(b, 1);
    put16(b, int(records.size()));
    put16(b, 0);
    put16(b, 0);
    b.append(qname);
    put16(b, 33);
    put16(b, 1);
    for (const auto& [priority, weight, port, target] : records) {
        put16(b, 0xc00c); // pointer to the question's name
        put16(b, 33);
        put16(b, 1);
        b.append(QByteArray("\0\0\x0e\x10", 4));
        const QByteArray t = name(target.split(QLatin1Char('.')));
        put16(b, 6 + int(t.size()));
        put16(b, priority);
        put16(b, weight);
        put16(b, port);
        b.append(t);
    }
    return b;
}
} // namespace

TEST(DcLocator, OrdersByPriorityThenWeight)
{
    auto dcs = DcLocator::parseAnswer(srvAnswer({{10, 5, 389, QStringLiteral("dc3.example.test")},
                                                 {0, 10, 389, QStringLiteral("dc1.example.test")},
                                                 {0, 50, 3890, QStringLiteral("dc2.example.test")}}));
    ASSERT_TRUE(dcs.has_value());
    ASSERT_EQ(dcs->size(), 3);
    EXPECT_EQ(dcs->at(0).host, QStringLiteral("dc2.example.test"));
    EXPECT_EQ(dcs->at(0).port, 3890);
    EXPECT_EQ(dcs->at(1).host, QStringLiteral("dc1.example.test"));
    EXPECT_EQ(dcs->at(2).host, QStringLiteral("dc3.example.test"));
}

TEST(DcLocator, GarbageIsAnErrorNotACrash)
{
    EXPECT_FALSE(DcLocator::parseAnswer(QByteArray("\x01\x02", 2)).has_value());
    auto empty = DcLocator::parseAnswer(srvAnswer({}));
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->isEmpty());
}
