#include "ldap/DcLocator.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netinet/in.h>
#include <resolv.h>

namespace adphoto {

Result<QList<DcRecord>> DcLocator::parseAnswer(const QByteArray& packet)
{
    ns_msg message;
    if (ns_initparse(reinterpret_cast<const unsigned char*>(packet.constData()), int(packet.size()),
                     &message) < 0)
        return fail(ErrorKind::Connection, tr("The DNS answer could not be parsed."));
    QList<DcRecord> records;
    const int count = ns_msg_count(message, ns_s_an);
    for (int i = 0; i < count; ++i) {
        ns_rr rr;
        if (ns_parserr(&message, ns_s_an, i, &rr) < 0 || ns_rr_type(rr) != ns_t_srv || ns_rr_rdlen(rr) < 7)
            continue;
        const unsigned char* rdata = ns_rr_rdata(rr);
        DcRecord record;
        record.priority = ns_get16(rdata);
        record.weight = ns_get16(rdata + 2);
        record.port = ns_get16(rdata + 4);
        char name[NS_MAXDNAME];
        if (dn_expand(ns_msg_base(message), ns_msg_end(message), rdata + 6, name, sizeof name) < 0)
            continue;
        record.host = QString::fromUtf8(name);
        if (record.host.isEmpty() || record.host == QLatin1String("."))
            continue;
        records << record;
    }
    std::stable_sort(records.begin(), records.end(), [](const DcRecord& a, const DcRecord& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    return records;
}

Result<QList<DcRecord>> DcLocator::find(const QString& domain, const QString& dnsServer, int timeoutSeconds)
{
    const QString name = QStringLiteral("_ldap._tcp.dc._msdcs.") + domain.trimmed().toLower();
    struct __res_state state = {};
    if (res_ninit(&state) != 0)
        return fail(ErrorKind::Connection, tr("The DNS resolver could not be initialised."));
    state.retrans = std::max(1, timeoutSeconds / 2);
    state.retry = 2;
    if (!dnsServer.isEmpty()) {
        const QHostAddress address(dnsServer);
        if (address.protocol() != QAbstractSocket::IPv4Protocol) {
            res_nclose(&state);
            return fail(ErrorKind::Usage,
                        tr("--dns-server needs an IPv4 address, not \"%1\".").arg(dnsServer));
        }
        state.nscount = 1;
        state.nsaddr_list[0].sin_family = AF_INET;
        state.nsaddr_list[0].sin_port = htons(53);
        state.nsaddr_list[0].sin_addr.s_addr = htonl(address.toIPv4Address());
    }
    QByteArray answer(65536, '\0');
    const QByteArray query = name.toUtf8();
    const int length = res_nquery(&state, query.constData(), ns_c_in, ns_t_srv,
                                  reinterpret_cast<unsigned char*>(answer.data()), int(answer.size()));
    res_nclose(&state);
    if (length < 0)
        return fail(ErrorKind::Connection,
                    tr("No domain controller found for %1: the DNS query for %2 failed.").arg(domain, name),
                    dnsServer.isEmpty() ? QString() : tr("DNS server %1").arg(dnsServer));
    answer.truncate(length);
    auto records = parseAnswer(answer);
    if (records && records->isEmpty())
        return fail(ErrorKind::Connection,
                    tr("DNS lists no domain controller for %1 (%2).").arg(domain, name));
    return records;
}

} // namespace adphoto
