#include "document/encodingdetector.h"
#include "documenttesting.h"

#include <QStringEncoder>
#include <QTest>

using namespace Recension;
using namespace DocumentTesting;

Q_DECLARE_METATYPE(Recension::DecodeProblem)
Q_DECLARE_METATYPE(Recension::DecodeDoubt)

namespace {

const QString Accented = QStringLiteral("Café “quoted” naïve – résumé, déjà vu à la façade.");

QByteArray encoded(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray encoded(const char *charset, const QString &text)
{
    QStringEncoder encoder(charset);
    return encoder.encode(text);
}

const QString Japanese = QStringLiteral("港の労働者は月曜日にストライキを終えた。組合は新しい契約に署名した。");

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT
private slots:
    void decodeBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("html");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("invalid");

        QTest::newRow("ASCII is reported as UTF-8")
            << QByteArray("Plain ASCII text.\n") << false << "UTF-8"
            << QStringLiteral("Plain ASCII text.\n") << 0;
        QTest::newRow("UTF-8 without a byte order mark")
            << Accented.toUtf8() << false << "UTF-8" << Accented << 0;
        QTest::newRow("UTF-8 with a byte order mark, which is not text")
            << QByteArray("\xEF\xBB\xBF") + Accented.toUtf8() << false << "UTF-8" << Accented << 0;
        QTest::newRow("UTF-16LE with a byte order mark")
            << QByteArray("\xFF\xFE") + utf16le(Accented) << false << "UTF-16LE" << Accented << 0;
        QTest::newRow("UTF-16BE with a byte order mark")
            << QByteArray("\xFE\xFF") + utf16be(Accented) << false << "UTF-16BE" << Accented << 0;
        QTest::newRow("UTF-32LE with a byte order mark")
            << QByteArray("\xFF\xFE\x00\x00", 4) + encoded(QStringConverter::Utf32LE, Accented)
            << false << "UTF-32LE" << Accented << 0;
        QTest::newRow("UTF-32BE with a byte order mark")
            << QByteArray("\x00\x00\xFE\xFF", 4) + encoded(QStringConverter::Utf32BE, Accented)
            << false << "UTF-32BE" << Accented << 0;
        QTest::newRow("UTF-16LE without a mark, from its zero bytes")
            << utf16le(QStringLiteral("Harbour closed after the storm.\n")) << false << "UTF-16LE"
            << QStringLiteral("Harbour closed after the storm.\n") << 0;
        QTest::newRow("Windows-1252 with curly quotes and accents") << QByteArray(
            "Caf\xE9 \x93quoted\x94 na\xEFve \x96 r\xE9sum\xE9, d\xE9j\xE0 vu "
            "\xE0 la fa\xE7"
            "ade.") << false << "windows-1252" << Accented << 0;
        QTest::newRow("Latin-1 without curly quotes")
            << QByteArray("Caf\xE9 na\xEFve r\xE9sum\xE9, d\xE9j\xE0 vu \xE0 la fa\xE7"
                          "ade.")
            << false << "ISO-8859-1" << QStringLiteral("Café naïve résumé, déjà vu à la façade.")
            << 0;
        QTest::newRow("mostly valid UTF-8 with two bad bytes")
            << Accented.toUtf8() + QByteArray(" bad \xFF and \xC3 end") << false << "UTF-8"
            << Accented + QStringLiteral(" bad \uFFFD and \uFFFD end") << 2;
        QTest::newRow("a genuine replacement character is not an error")
            << QByteArray("real \xEF\xBF\xBD char") << false << "UTF-8"
            << QStringLiteral("real \uFFFD char") << 0;
        QTest::newRow("UTF-32LE without a mark, from its zero bytes")
            << encoded(QStringConverter::Utf32LE, Accented) << false << "UTF-32LE" << Accented << 0;
        QTest::newRow("UTF-32BE without a mark, from its zero bytes")
            << encoded(QStringConverter::Utf32BE, Accented) << false << "UTF-32BE" << Accented << 0;
        QTest::newRow("UTF-32LE without a mark, beyond the first plane")
            << encoded(QStringConverter::Utf32LE, QStringLiteral("Wave 🌊 and harbour ⚓."))
            << false << "UTF-32LE" << QStringLiteral("Wave 🌊 and harbour ⚓.") << 0;
        QTest::newRow("an HTML page's meta charset of utf-16 over windows-1252 bytes is ignored")
            << QByteArray("<html><head><meta charset=\"utf-16\"></head><body><p>"
                          "Caf\xE9 \x93quoted\x94 na\xEFve \x96 r\xE9sum\xE9, d\xE9j\xE0 vu "
                          "\xE0 la fa\xE7" "ade.</p></body></html>")
            << true << "windows-1252"
            << QStringLiteral("<html><head><meta charset=\"utf-16\"></head><body><p>%1</p></body></html>")
                   .arg(Accented)
            << 0;
        QTest::newRow("Japanese in Shift_JIS")
            << encoded("Shift_JIS", Japanese) << false << "Shift_JIS" << Japanese << 0;
        QTest::newRow("an HTML page's meta charset")
            << QByteArray("<html><head><meta charset=\"windows-1251\"></head><body><p>"
                          "\xCF\xF0\xE8\xE2\xE5\xF2</p></body></html>")
            << true << "windows-1251"
            << QStringLiteral("<html><head><meta charset=\"windows-1251\"></head><body><p>"
                              "Привет</p></body></html>")
            << 0;
    }
    void decodeBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, html);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(int, invalid);
        const DecodedText decoded = Recension::decodeBytes(bytes, html);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.invalidSequences, invalid);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DecodeProblem>("problem");
        QByteArray allBytes;
        for (int i = 0; i < 1024; ++i)
            allBytes.append(char(i % 256));
        QTest::newRow("every byte value, NULs included") << allBytes << DecodeProblem::Binary;
        QTest::newRow("NUL bytes in a UTF-8 text")
            << QByteArray("text\0with\0nuls\0and\0more\0", 25) << DecodeProblem::Binary;
        QTest::newRow("control codes without NULs")
            << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08 some \x0E\x0F\x10 text")
            << DecodeProblem::Binary;
        QTest::newRow("UTF-16 text holding a NUL character") << QByteArray("\xFF\xFE")
                + utf16le(QStringLiteral("ab\u0000cd")) << DecodeProblem::Binary;
    }
    void problems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DecodeProblem, problem);
        QCOMPARE(Recension::decodeBytes(bytes).problem, problem);
    }

    void doubts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DecodeDoubt>("doubt");
        // No charset reads them as words of its script: the most confident (Shift_JIS) is kept, doubted.
        QTest::newRow("4,000 bytes 0xA2 are words of no charset")
            << QByteArray(4000, '\xA2') << DecodeDoubt::NoWords;
        QTest::newRow("punctuation only in UTF-8") << QByteArray("... -- !!! ???\n")
                                                   << DecodeDoubt::NoWords;
        QTest::newRow("white space only is not doubted but empty") << QByteArray("   \n\n")
                                                                   << DecodeDoubt::None;
        QTest::newRow("an article in windows-1252") << QByteArray("Caf\xE9 \x93quoted\x94 na\xEFve.")
                                                    << DecodeDoubt::None;
        QTest::newRow("Japanese in Shift_JIS") << encoded("Shift_JIS", Japanese) << DecodeDoubt::None;
        QTest::newRow("Japanese in EUC-JP") << encoded("EUC-JP", Japanese) << DecodeDoubt::None;
    }
    void doubts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DecodeDoubt, doubt);
        const DecodedText decoded = Recension::decodeBytes(bytes);
        QVERIFY(decoded.ok());
        QVERIFY2(decoded.doubt == doubt, qPrintable(decoded.encoding + u' ' + decoded.text.left(40)));
    }

    void scanUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<int>("multiByte");
        QTest::newRow("ASCII") << QByteArray("abc") << 0 << 0;
        QTest::newRow("two, three and four byte sequences")
            << QByteArray("\xC3\xA9 \xE2\x80\x9C \xF0\x9F\x8C\x8A") << 0 << 3;
        QTest::newRow("a lone continuation byte") << QByteArray("a\x80z") << 1 << 0;
        QTest::newRow("a sequence cut short is one error") << QByteArray("a\xE2\x80z") << 1 << 0;
        QTest::newRow("a sequence cut short by the end") << QByteArray("a\xF0\x9F\x8C") << 1 << 0;
        QTest::newRow("overlong form: two errors") << QByteArray("\xC0\x80") << 2 << 0;
        QTest::newRow("encoded surrogate: three errors") << QByteArray("\xED\xA0\x80") << 3 << 0;
        QTest::newRow("beyond U+10FFFF: four errors") << QByteArray("\xF4\x90\x80\x80") << 4 << 0;
    }
    void scanUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, invalid);
        QFETCH(int, multiByte);
        const Utf8Scan scan = Recension::scanUtf8(bytes);
        QCOMPARE(scan.invalid, invalid);
        QCOMPARE(scan.multiByte, multiByte);
    }
};

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
