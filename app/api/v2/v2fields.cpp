#include "api/v2/v2fields.h"

#include <cmath>
#include <limits>

QString V2Fields::join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

QString V2Fields::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

bool V2Fields::isInt(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min() &&
           d <= std::numeric_limits<int>::max();
}

void V2Fields::fail(const QString &path, const QString &what)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
}

void V2Fields::wrongType(const QString &path, const char *expected, const QJsonValue &found)
{
    fail(path, tr("expected %1, found %2").arg(tr(expected), typeName(found)));
}

QJsonValue V2Fields::take(const QJsonObject &o, const QString &path, const char *key, bool required)
{
    if (!ok())
        return QJsonValue(QJsonValue::Undefined);
    // One lookup per field: QJsonObject searches its keys linearly.
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(join(path, key), tr("missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

std::optional<int> V2Fields::readInt(const QJsonObject &o, const QString &path, const char *key,
                                     bool required)
{
    const QJsonValue v = take(o, path, key, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!isInt(v)) {
        wrongType(join(path, key), QT_TR_NOOP("an integer"), v);
        return std::nullopt;
    }
    return int(v.toDouble());
}

QString V2Fields::readString(const QJsonObject &o, const QString &path, const char *key,
                             bool required)
{
    const QJsonValue v = take(o, path, key, required);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        wrongType(join(path, key), QT_TR_NOOP("a string"), v);
        return {};
    }
    return v.toString();
}

QJsonArray V2Fields::readArray(const QJsonObject &o, const QString &path, const char *key,
                               bool required)
{
    const QJsonValue v = take(o, path, key, required);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        wrongType(join(path, key), QT_TR_NOOP("an array"), v);
        return {};
    }
    return v.toArray();
}

std::optional<QJsonObject> V2Fields::readObject(const QJsonObject &o, const QString &path,
                                                const char *key, bool required)
{
    const QJsonValue v = take(o, path, key, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        wrongType(join(path, key), QT_TR_NOOP("an object"), v);
        return std::nullopt;
    }
    return v.toObject();
}

QJsonObject V2Fields::objectAt(const QJsonArray &a, const QString &path, qsizetype index)
{
    if (!ok())
        return {};
    const QJsonValue v = a.at(index);
    if (!v.isObject()) {
        wrongType(path + u'[' + QString::number(index) + u']', QT_TR_NOOP("an object"), v);
        return {};
    }
    return v.toObject();
}

QStringList V2Fields::stringList(const QJsonArray &a, const QString &path)
{
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && ok(); ++i) {
        const QJsonValue v = a.at(i);
        if (!v.isString())
            wrongType(path + u'[' + QString::number(i) + u']', QT_TR_NOOP("a string"), v);
        else
            out.append(v.toString());
    }
    return out;
}

QList<int> V2Fields::intList(const QJsonArray &a, const QString &path)
{
    QList<int> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && ok(); ++i) {
        const QJsonValue v = a.at(i);
        if (!isInt(v))
            wrongType(path + u'[' + QString::number(i) + u']', QT_TR_NOOP("an integer"), v);
        else
            out.append(int(v.toDouble()));
    }
    return out;
}

namespace {

// "yyyy-MM-dd HH:mm:ss" by hand: QDateTime::fromString with a format costs tens of microseconds
// per call, and a 100-instance answer has 100 of them.
QDateTime parseBeijingTime(const QString &text)
{
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' ' ||
        text.at(13) != u':' || text.at(16) != u':')
        return {};
    auto field = [&text](qsizetype from, qsizetype length, bool *ok) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                *ok = false;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    bool ok = true;
    const QDate date(field(0, 4, &ok), field(5, 2, &ok), field(8, 2, &ok));
    const QTime time(field(11, 2, &ok), field(14, 2, &ok), field(17, 2, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    // API 2.0 writes Beijing time (UTC+8) without saying so.
    return QDateTime(date, time, Qt::OffsetFromUTC, 8 * 3600);
}

} // namespace

QDateTime V2Fields::parseTime(const QString &text)
{
    const QDateTime t = parseBeijingTime(text);
    return t.isValid() ? t : QDateTime::fromString(text, Qt::ISODate);
}

QDateTime V2Fields::optionalTime(const QJsonObject &o, const QString &path, const char *key)
{
    const QString text = optionalString(o, path, key);
    if (!ok() || text.isEmpty())
        return {};
    const QDateTime t = parseTime(text);
    if (!t.isValid())
        fail(join(path, key), tr("\"%1\" is not a date and time").arg(text));
    return t;
}
