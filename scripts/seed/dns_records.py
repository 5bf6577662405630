#!/usr/bin/python3
"""Adds the DC's A records to its DNS zone, offline (samba stopped).

Provisioning creates the SRV records (_ldap._tcp.dc._msdcs.<domain> -> dc1.<domain>) but the
A records for dc1.<domain> and <domain> come from samba_dnsupdate, which the private DC never
runs (it would query the DNS server of /etc/resolv.conf). This writes them directly:

    dns_records.py SMB_CONF IP DOMAIN
"""

import sys

import ldb
from samba.auth import system_session
from samba.ndr import ndr_pack, ndr_unpack
from samba.dcerpc import dnsp
from samba.param import LoadParm
from samba.provision.sambadns import ARecord
from samba.samdb import SamDB


def main():
    conf, ip, domain = sys.argv[1:4]
    lp = LoadParm()
    lp.load(conf)
    samdb = SamDB(url=lp.samdb_url(), session_info=system_session(), lp=lp)
    zone = "DC=%s,CN=MicrosoftDNS,DC=DomainDnsZones,%s" % (domain, samdb.domain_dn())
    for name in ("dc1", "@"):
        dn = ldb.Dn(samdb, "DC=%s,%s" % (name, zone))
        record = ndr_pack(ARecord(ip))
        found = samdb.search(base=dn, scope=ldb.SCOPE_BASE, attrs=["dnsRecord"]) \
            if _exists(samdb, dn) else []
        if not found:
            msg = ldb.Message(dn)
            msg["objectClass"] = ["top", "dnsNode"]
            msg["dnsRecord"] = ldb.MessageElement([record], ldb.FLAG_MOD_ADD, "dnsRecord")
            samdb.add(msg)
            continue
        existing = [ndr_unpack(dnsp.DnssrvRpcRecord, bytes(v))
                    for v in found[0].get("dnsRecord", [])]
        if any(r.wType == dnsp.DNS_TYPE_A and r.data == ip for r in existing):
            continue
        msg = ldb.Message(dn)
        msg["dnsRecord"] = ldb.MessageElement([record], ldb.FLAG_MOD_ADD, "dnsRecord")
        samdb.modify(msg)


def _exists(samdb, dn):
    try:
        samdb.search(base=dn, scope=ldb.SCOPE_BASE, attrs=[])
        return True
    except ldb.LdbError as e:
        if e.args[0] == ldb.ERR_NO_SUCH_OBJECT:
            return False
        raise


if __name__ == "__main__":
    main()
