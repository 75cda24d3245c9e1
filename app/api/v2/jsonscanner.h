#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// A strict pull reader over JSON text for the answers read in bulk (a DescribeInstances page of
// 100 instances), where building a QJsonDocument costs more than the rest of the work together.
//
// It reads a subset of what QJsonDocument reads and gives up on everything else: keys with
// escapes, numbers with an exponent, deep nesting, a byte-order mark, invalid UTF-8, lone
// surrogates. Once it has given up (failed()), every call returns false or nothing, so a caller
// reads straight through and, on failure, parses the same bytes with QJsonDocument instead; the
// two then agree on every text the scanner accepts (tests/fuzz/fuzz_v2parser checks that).
//
//   JsonScanner json(body);
//   QByteArrayView key;
//   json.enterObject();
//   while (json.nextMember(&key)) {
//       if (key == "totalCount") total = json.readInt();
//       else json.skipValue();
//   }
//   if (!json.finish()) ... // fall back
class JsonScanner
{
public:
    enum class Kind { Object, Array, String, Number, Literal, End };

    // The text must outlive the scanner: keys are views into it.
    explicit JsonScanner(QByteArrayView json);

    bool failed() const { return m_failed; }
    // What the next value starts with; End when the text is used up or the scanner has failed.
    Kind peek();

    // Objects: enterObject(), then nextMember() before each member's value; false (with the
    // object consumed) after the last one. Keys are the raw bytes between the quotes.
    bool enterObject();
    bool nextMember(QByteArrayView *key);
    // Arrays: enterArray(), then nextElement() before each element; false after the last one.
    bool enterArray();
    bool nextElement();

    // Each consumes one value of its type, or gives up.
    std::optional<int> readInt();
    std::optional<QString> readString();
    // Consumes `null` and returns true; leaves anything else in place and returns false.
    bool readNull();
    bool skipValue();

    // True when the whole text has been read and only whitespace is left.
    bool finish();

    static constexpr int MaxDepth = 64;

private:
    bool fail();
    void skipSpace();
    bool consume(char c);
    bool scanString(QString *out);
    bool scanEscape(QString *out);
    bool scanHex4(char16_t *unit);
    bool skipNumber();
    bool skipLiteral();
    bool nextInContainer(char close);

    const char *m_pos;
    const char *m_end;
    bool m_failed = false;
    int m_depth = 0;
    bool m_first[MaxDepth + 1] = {}; // per open container: no member or element read yet
    char m_close[MaxDepth + 1] = {}; // per open container: '}' or ']'
};
