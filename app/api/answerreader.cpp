// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/answerreader.h"

#include "api/answerscalars.h"

#include <cmath>

namespace {

// What a refused value was, briefly: the text itself when it is one (so "abc" is told apart
// from a missing digit), the number as written, else its kind.
QString shown(const QJsonValue &v)
{
    if (v.isString()) {
        const QString text = v.toString();
        return u'"' + (text.size() > 40 ? text.left(40) + QStringLiteral("…") : text) + u'"';
    }
    if (v.isDouble())
        return AnswerScalars::textFromNumber(v.toDouble());
    return AnswerReader::typeName(v);
}

} // namespace

QString AnswerReader::join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

QString AnswerReader::element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString AnswerReader::typeName(const QJsonValue &v)
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

std::optional<int> AnswerReader::integerOf(const QJsonValue &v)
{
    if (v.isDouble())
        return AnswerScalars::integer(v.toDouble());
    if (v.isString())
        return AnswerScalars::integerFromText(v.toString().toStdString());
    return std::nullopt;
}

std::optional<double> AnswerReader::decimalOf(const QJsonValue &v)
{
    if (v.isDouble())
        return std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble()) : std::nullopt;
    if (v.isString())
        return AnswerScalars::numberFromText(v.toString().toStdString());
    return std::nullopt;
}

std::optional<QString> AnswerReader::textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return AnswerScalars::textFromNumber(v.toDouble());
    return std::nullopt;
}

std::optional<bool> AnswerReader::booleanOf(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        if (v.toString() == QLatin1String("true"))
            return true;
        if (v.toString() == QLatin1String("false"))
            return false;
    }
    if (const std::optional<int> n = integerOf(v); n && (*n == 0 || *n == 1))
        return *n == 1;
    return std::nullopt;
}

void AnswerReader::fail(const QString &path, const QString &what)
{
    if (m_problem.isEmpty())
        m_problem = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
}

void AnswerReader::refuse(const QString &path, const char *expected, const QJsonValue &found)
{
    fail(path, tr("expected %1, found %2").arg(tr(expected), shown(found)));
}

QJsonValue AnswerReader::take(const QJsonObject &o, const QString &path, const char *key, Need need)
{
    if (!ok())
        return QJsonValue(QJsonValue::Undefined);
    // One lookup per field: QJsonObject searches its keys linearly.
    QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            fail(join(path, key), tr("missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

std::optional<bool> AnswerReader::boolean(const QJsonObject &o, const QString &path,
                                          const char *key, Need need)
{
    const QJsonValue v = take(o, path, key, need);
    if (v.isUndefined())
        return std::nullopt;
    const std::optional<bool> value = booleanOf(v);
    if (!value)
        refuse(join(path, key), QT_TR_NOOP("true or false"), v);
    return value;
}

std::optional<int> AnswerReader::integer(const QJsonObject &o, const QString &path, const char *key,
                                         Need need)
{
    const QJsonValue v = take(o, path, key, need);
    if (v.isUndefined())
        return std::nullopt;
    const std::optional<int> value = integerOf(v);
    if (!value)
        refuse(join(path, key), QT_TR_NOOP("an integer"), v);
    return value;
}

std::optional<double> AnswerReader::decimal(const QJsonObject &o, const QString &path,
                                            const char *key, Need need)
{
    const QJsonValue v = take(o, path, key, need);
    if (v.isUndefined())
        return std::nullopt;
    const std::optional<double> value = decimalOf(v);
    if (!value)
        refuse(join(path, key), QT_TR_NOOP("a number"), v);
    return value;
}

QString AnswerReader::text(const QJsonObject &o, const QString &path, const char *key, Need need)
{
    const QJsonValue v = take(o, path, key, need);
    if (v.isUndefined())
        return {};
    std::optional<QString> value = textOf(v);
    if (!value) {
        refuse(join(path, key), QT_TR_NOOP("a string"), v);
        return {};
    }
    return std::move(*value);
}

std::optional<QJsonObject> AnswerReader::object(const QJsonObject &o, const QString &path,
                                                const char *key, Need need)
{
    const QJsonValue v = take(o, path, key, need);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        refuse(join(path, key), QT_TR_NOOP("an object"), v);
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> AnswerReader::array(const QJsonObject &o, const QString &path,
                                              const char *key, Need need)
{
    const QJsonValue v = take(o, path, key, need);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        refuse(join(path, key), QT_TR_NOOP("an array"), v);
        return std::nullopt;
    }
    return v.toArray();
}

QList<QJsonObject> AnswerReader::objects(const QJsonObject &o, const QString &path, const char *key,
                                         Need need)
{
    QList<QJsonObject> out;
    const std::optional<QJsonArray> a = array(o, path, key, need);
    if (!a)
        return out;
    out.reserve(a->size());
    for (qsizetype i = 0; i < a->size() && ok(); ++i) {
        const QJsonValue v = a->at(i);
        if (v.isObject())
            out.append(v.toObject());
        else
            refuse(element(join(path, key), i), QT_TR_NOOP("an object"), v);
    }
    return ok() ? out : QList<QJsonObject>();
}

QStringList AnswerReader::texts(const QJsonObject &o, const QString &path, const char *key,
                                Need need)
{
    QStringList out;
    const std::optional<QJsonArray> a = array(o, path, key, need);
    if (!a)
        return out;
    out.reserve(a->size());
    for (qsizetype i = 0; i < a->size() && ok(); ++i) {
        const QJsonValue v = a->at(i);
        if (std::optional<QString> value = textOf(v))
            out.append(std::move(*value));
        else
            refuse(element(join(path, key), i), QT_TR_NOOP("a string"), v);
    }
    return ok() ? out : QStringList();
}

QList<int> AnswerReader::integers(const QJsonObject &o, const QString &path, const char *key,
                                  Need need)
{
    QList<int> out;
    const std::optional<QJsonArray> a = array(o, path, key, need);
    if (!a)
        return out;
    out.reserve(a->size());
    for (qsizetype i = 0; i < a->size() && ok(); ++i) {
        const QJsonValue v = a->at(i);
        if (const std::optional<int> value = integerOf(v))
            out.append(*value);
        else
            refuse(element(join(path, key), i), QT_TR_NOOP("an integer"), v);
    }
    return ok() ? out : QList<int>();
}
