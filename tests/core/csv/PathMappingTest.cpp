// Where a path written in a CSV is on this machine; nothing renamed behind the user's back.
#include "core/csv/PathMapping.h"

#include <gtest/gtest.h>

using namespace adphoto;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

QString resolved(const char* written, const QList<PathMapping>& maps = {})
{
    const auto r = PathMapping::resolve(u8(written), u8("/data/import"), maps);
    return r ? *r : QStringLiteral("ERROR: ") + r.error().message;
}

QList<PathMapping> maps(std::initializer_list<const char*> specs)
{
    QList<PathMapping> out;
    for (const char* s : specs) {
        auto m = PathMapping::parse(u8(s));
        EXPECT_TRUE(m.has_value()) << s;
        if (m)
            out.append(*m);
    }
    return out;
}

} // namespace

TEST(PathMapping, RelativePathsAreRelativeToTheCsvFolder)
{
    EXPECT_EQ(resolved("photos/a.jpg"), u8("/data/import/photos/a.jpg"));
    EXPECT_EQ(resolved("photos\\sub\\a.jpg"), u8("/data/import/photos/sub/a.jpg"));
    EXPECT_EQ(resolved("  a.jpg  "), u8("/data/import/a.jpg"));
    EXPECT_EQ(resolved("../other/a.jpg"), u8("/data/other/a.jpg"));
    EXPECT_EQ(resolved("/srv/photos/a.jpg"), u8("/srv/photos/a.jpg"));
}

TEST(PathMapping, WindowsPrefixesAreMappedWholeFoldersOnly)
{
    const auto m = maps({"C:\\Photos=/mnt/photos", "C:\\Photos\\Staff=/mnt/staff", "\\\\fs01\\HR=/mnt/hr/"});
    EXPECT_EQ(resolved("C:\\Photos\\a.jpg", m), u8("/mnt/photos/a.jpg"));
    EXPECT_EQ(resolved("c:/photos/Jürgen Müller.JPG", m), u8("/mnt/photos/Jürgen Müller.JPG"));
    EXPECT_EQ(resolved("C:\\Photos\\Staff\\b.jpg", m), u8("/mnt/staff/b.jpg")) << "the longest prefix wins";
    EXPECT_EQ(resolved("\\\\FS01\\hr\\2024\\c.png", m), u8("/mnt/hr/2024/c.png"));
    EXPECT_TRUE(resolved("C:\\Photos2\\a.jpg", m).startsWith(u8("ERROR")))
        << "C:\\Photos does not cover C:\\Photos2";
}

TEST(PathMapping, UnmappedWindowsPathsAreErrorsThatNameThePath)
{
    const QString message = resolved("D:\\Bilder\\x.jpg", maps({"C:\\Photos=/mnt/photos"}));
    EXPECT_TRUE(message.startsWith(u8("ERROR")));
    EXPECT_TRUE(message.contains(u8("D:\\Bilder\\x.jpg")));
    EXPECT_TRUE(message.contains(u8("--path-map")));
    EXPECT_TRUE(resolved("\\\\server\\share\\x.jpg").startsWith(u8("ERROR")));
    EXPECT_TRUE(resolved("\\Photos\\x.jpg").startsWith(u8("ERROR")));
}

TEST(PathMapping, StraySpacesAreReportedNotRemoved)
{
    const auto m = maps({"C:\\AD_Photos=/mnt/photos"});
    const QString message = resolved("C:\\ AD_Photos\\x.jpg", m);
    EXPECT_TRUE(message.startsWith(u8("ERROR")));
    EXPECT_TRUE(message.contains(u8("did you mean \"C:\\AD_Photos\\x.jpg\"")));
    EXPECT_EQ(resolved("C:\\AD_Photos\\ x.jpg", m), u8("/mnt/photos/ x.jpg")) << "kept as written";
    EXPECT_EQ(PathMapping::withoutStraySpaces(u8("C:\\ AD_Photos \\x.jpg")), u8("C:\\AD_Photos\\x.jpg"));
    EXPECT_EQ(PathMapping::withoutStraySpaces(u8("/srv/My Photos/a b.jpg")), QString());
}

TEST(PathMapping, ParseRejectsBadSpecs)
{
    for (const char* bad : {"C:\\Photos", "=/mnt", "C:\\Photos=", "C:\\Photos=relative/dir"}) {
        const auto m = PathMapping::parse(u8(bad));
        ASSERT_FALSE(m.has_value()) << bad;
        EXPECT_EQ(m.error().kind, ErrorKind::Usage) << bad;
    }
    const auto ok = PathMapping::parse(u8("C:\\Photos = /mnt/photos"));
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(ok->from(), u8("C:\\Photos"));
    EXPECT_EQ(ok->to(), u8("/mnt/photos"));
}
