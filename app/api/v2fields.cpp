#include "api/v2fields.h"

#include <QTimeZone>

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

bool V2Fields::present(const QJsonObject &o, const char *key) const
{
    const auto it = o.constFind(QLatin1String(key));
    return it != o.constEnd() && !it->isNull();
}

int V2Fields::requiredInt(const QJsonObject &o, const QString &path, const char *key)
{
    if (!ok())
        return 0;
    if (!present(o, key)) {
        fail(join(path, key), tr("missing"));
        return 0;
    }
    const auto value = optionalInt(o, path, key);
    return value.value_or(0);
}

std::optional<int> V2Fields::optionalInt(const QJsonObject &o, const QString &path, const char *key)
{
    if (!ok() || !present(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(QLatin1String(key));
    if (!isInt(v)) {
        wrongType(join(path, key), QT_TR_NOOP("an integer"), v);
        return std::nullopt;
    }
    return int(v.toDouble());
}

QString V2Fields::requiredString(const QJsonObject &o, const QString &path, const char *key)
{
    if (!ok())
        return {};
    if (!present(o, key)) {
        fail(join(path, key), tr("missing"));
        return {};
    }
    return optionalString(o, path, key);
}

QString V2Fields::optionalString(const QJsonObject &o, const QString &path, const char *key)
{
    if (!ok() || !present(o, key))
        return {};
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString()) {
        wrongType(join(path, key), QT_TR_NOOP("a string"), v);
        return {};
    }
    return v.toString();
}

QJsonArray V2Fields::requiredArray(const QJsonObject &o, const QString &path, const char *key)
{
    if (!ok())
        return {};
    if (!present(o, key)) {
        fail(join(path, key), tr("missing"));
        return {};
    }
    return optionalArray(o, path, key);
}

QJsonArray V2Fields::optionalArray(const QJsonObject &o, const QString &path, const char *key)
{
    if (!ok() || !present(o, key))
        return {};
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray()) {
        wrongType(join(path, key), QT_TR_NOOP("an array"), v);
        return {};
    }
    return v.toArray();
}

QJsonObject V2Fields::requiredObject(const QJsonObject &o, const QString &path, const char *key)
{
    if (!ok())
        return {};
    if (!present(o, key)) {
        fail(join(path, key), tr("missing"));
        return {};
    }
    return optionalObject(o, path, key).value_or(QJsonObject());
}

std::optional<QJsonObject> V2Fields::optionalObject(const QJsonObject &o, const QString &path,
                                                    const char *key)
{
    if (!ok() || !present(o, key))
        return std::nullopt;
    const QJsonValue v = o.value(QLatin1String(key));
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

QDateTime V2Fields::optionalTime(const QJsonObject &o, const QString &path, const char *key)
{
    const QString text = optionalString(o, path, key);
    if (!ok() || text.isEmpty())
        return {};
    // API 2.0 writes local Beijing time without a zone.
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (t.isValid()) {
        t.setTimeZone(QTimeZone(8 * 3600));
        return t;
    }
    t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        fail(join(path, key), tr("\"%1\" is not a date and time").arg(text));
    return t;
}
