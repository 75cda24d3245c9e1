#include "api/v2/jsonscanner.h"

#include <cstring>
#include <limits>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView json)
    : m_pos(json.data())
    , m_end(json.data() + json.size())
{
    // QJsonDocument refuses invalid UTF-8 inside strings and any non-ASCII byte outside them, so
    // one check up front keeps every string below decodable exactly as it would decode it.
    if (!json.isValidUtf8() || json.startsWith("\xEF\xBB\xBF"))
        fail();
}

bool JsonScanner::fail()
{
    m_failed = true;
    m_pos = m_end;
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
        ++m_pos;
}

bool JsonScanner::consume(char c)
{
    if (m_pos < m_end && *m_pos == c) {
        ++m_pos;
        return true;
    }
    return false;
}

JsonScanner::Kind JsonScanner::peek()
{
    skipSpace();
    if (m_failed || m_pos == m_end)
        return Kind::End;
    const char c = *m_pos;
    if (c == '{')
        return Kind::Object;
    if (c == '[')
        return Kind::Array;
    if (c == '"')
        return Kind::String;
    if (c == '-' || isDigit(c))
        return Kind::Number;
    if (c == 't' || c == 'f' || c == 'n')
        return Kind::Literal;
    fail();
    return Kind::End;
}

bool JsonScanner::enterObject()
{
    skipSpace();
    if (m_failed || m_depth >= MaxDepth || !consume('{'))
        return fail();
    m_first[++m_depth] = true;
    m_close[m_depth] = '}';
    return true;
}

bool JsonScanner::enterArray()
{
    skipSpace();
    if (m_failed || m_depth >= MaxDepth || !consume('['))
        return fail();
    m_first[++m_depth] = true;
    m_close[m_depth] = ']';
    return true;
}

bool JsonScanner::nextInContainer(char close)
{
    if (m_failed || m_depth == 0 || m_close[m_depth] != close)
        return fail();
    skipSpace();
    if (consume(close)) {
        --m_depth;
        return false;
    }
    if (!m_first[m_depth]) {
        // After a comma a value must follow: "[1,]" fails where the value is read.
        if (!consume(','))
            return fail();
        skipSpace();
    }
    m_first[m_depth] = false;
    return m_pos < m_end || fail();
}

bool JsonScanner::nextMember(QByteArrayView *key)
{
    if (!nextInContainer('}'))
        return false;
    if (!consume('"'))
        return fail();
    const char *start = m_pos;
    // Raw bytes only: a key with an escape could spell a known key another way.
    while (m_pos < m_end && *m_pos != '"') {
        if (*m_pos == '\\' || static_cast<unsigned char>(*m_pos) < 0x20)
            return fail();
        ++m_pos;
    }
    if (m_pos == m_end)
        return fail();
    *key = QByteArrayView(start, m_pos - start);
    ++m_pos;
    skipSpace();
    return consume(':') || fail();
}

bool JsonScanner::nextElement()
{
    return nextInContainer(']');
}

std::optional<int> JsonScanner::readInt()
{
    skipSpace();
    if (m_failed)
        return std::nullopt;
    const bool negative = consume('-');
    if (m_pos == m_end || !isDigit(*m_pos)) {
        fail();
        return std::nullopt;
    }
    qint64 value = 0;
    if (*m_pos == '0') {
        ++m_pos;
        if (m_pos < m_end && isDigit(*m_pos)) { // a leading zero is not JSON
            fail();
            return std::nullopt;
        }
    } else {
        while (m_pos < m_end && isDigit(*m_pos)) {
            value = value * 10 + (*m_pos++ - '0');
            if (value > qint64(1) << 32) { // far outside int: no need to read on
                fail();
                return std::nullopt;
            }
        }
    }
    // 2.0 and 2e0 are integers to QJsonDocument's reader too; the fallback judges those.
    if (m_pos < m_end && (*m_pos == '.' || *m_pos == 'e' || *m_pos == 'E')) {
        fail();
        return std::nullopt;
    }
    if (negative)
        value = -value;
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        fail();
        return std::nullopt;
    }
    return int(value);
}

std::optional<QString> JsonScanner::readString()
{
    skipSpace();
    QString text;
    if (m_failed || !consume('"') || !scanString(&text))
        return std::nullopt;
    return text;
}

bool JsonScanner::scanString(QString *out)
{
    for (;;) {
        const char *start = m_pos;
        while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\' &&
               static_cast<unsigned char>(*m_pos) >= 0x20)
            ++m_pos;
        if (out && m_pos > start)
            out->append(QString::fromUtf8(start, m_pos - start));
        if (m_pos == m_end || static_cast<unsigned char>(*m_pos) < 0x20)
            return fail();
        if (*m_pos++ == '"')
            return true;
        if (!scanEscape(out))
            return false;
    }
}

bool JsonScanner::scanEscape(QString *out)
{
    if (m_pos == m_end)
        return fail();
    char16_t unit = 0;
    switch (*m_pos++) {
    case '"':
        unit = u'"';
        break;
    case '\\':
        unit = u'\\';
        break;
    case '/':
        unit = u'/';
        break;
    case 'b':
        unit = u'\b';
        break;
    case 'f':
        unit = u'\f';
        break;
    case 'n':
        unit = u'\n';
        break;
    case 'r':
        unit = u'\r';
        break;
    case 't':
        unit = u'\t';
        break;
    case 'u': {
        if (!scanHex4(&unit) || unit == 0 || QChar::isLowSurrogate(unit))
            return fail();
        if (QChar::isHighSurrogate(unit)) {
            // Only a complete pair: what a lone half becomes is the fallback's business.
            char16_t low = 0;
            if (!consume('\\') || !consume('u') || !scanHex4(&low) || !QChar::isLowSurrogate(low))
                return fail();
            if (out) {
                out->append(QChar(unit));
                out->append(QChar(low));
            }
            return true;
        }
        break;
    }
    default:
        return fail();
    }
    if (out)
        out->append(QChar(unit));
    return true;
}

bool JsonScanner::scanHex4(char16_t *unit)
{
    if (m_end - m_pos < 4)
        return fail();
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = *m_pos++;
        int digit;
        if (isDigit(c))
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return fail();
        value = char16_t(value * 16 + digit);
    }
    *unit = value;
    return true;
}

bool JsonScanner::readNull()
{
    skipSpace();
    if (m_failed || m_end - m_pos < 4 || std::memcmp(m_pos, "null", 4) != 0)
        return false;
    m_pos += 4;
    return true;
}

bool JsonScanner::skipNumber()
{
    const char *start = m_pos;
    consume('-');
    if (m_pos == m_end || !isDigit(*m_pos))
        return fail();
    if (*m_pos == '0') {
        ++m_pos;
        if (m_pos < m_end && isDigit(*m_pos))
            return fail();
    } else {
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    }
    if (consume('.')) {
        if (m_pos == m_end || !isDigit(*m_pos))
            return fail();
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    }
    // Exponents and very long numbers may overflow a double, which QJsonDocument refuses:
    // rather than mirror its rules, leave those texts to it.
    if ((m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) || m_pos - start > 24)
        return fail();
    return true;
}

bool JsonScanner::skipLiteral()
{
    for (const char *literal : {"true", "false", "null"}) {
        const qsizetype length = qsizetype(std::strlen(literal));
        if (m_end - m_pos >= length && std::memcmp(m_pos, literal, size_t(length)) == 0) {
            m_pos += length;
            return true;
        }
    }
    return fail();
}

bool JsonScanner::skipValue()
{
    switch (peek()) {
    case Kind::Object: {
        enterObject();
        QByteArrayView key;
        while (nextMember(&key)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    }
    case Kind::Array:
        enterArray();
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    case Kind::String:
        ++m_pos;
        return scanString(nullptr);
    case Kind::Number:
        return skipNumber();
    case Kind::Literal:
        return skipLiteral();
    case Kind::End:
        break;
    }
    return fail();
}

bool JsonScanner::finish()
{
    if (m_failed || m_depth != 0)
        return fail();
    skipSpace();
    return m_pos == m_end || fail();
}
