#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Typed, checked reads from an API 2.0 answer. The first problem is kept with its JSON path
// ("instanceSet[3].status: expected an integer, found a string") and every later read is a no-op,
// so a parser reads straight through and checks ok() once. Optional fields may be absent or
// null; present fields must have the documented type.
class V2Fields
{
    Q_DECLARE_TR_FUNCTIONS(V2Fields)

public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &path, const QString &what);

    int requiredInt(const QJsonObject &o, const QString &path, const char *key)
    {
        return readInt(o, path, key, true).value_or(0);
    }
    std::optional<int> optionalInt(const QJsonObject &o, const QString &path, const char *key)
    {
        return readInt(o, path, key, false);
    }
    QString requiredString(const QJsonObject &o, const QString &path, const char *key)
    {
        return readString(o, path, key, true);
    }
    QString optionalString(const QJsonObject &o, const QString &path, const char *key)
    {
        return readString(o, path, key, false);
    }
    QJsonArray requiredArray(const QJsonObject &o, const QString &path, const char *key)
    {
        return readArray(o, path, key, true);
    }
    QJsonArray optionalArray(const QJsonObject &o, const QString &path, const char *key)
    {
        return readArray(o, path, key, false);
    }
    QJsonObject requiredObject(const QJsonObject &o, const QString &path, const char *key)
    {
        return readObject(o, path, key, true).value_or(QJsonObject());
    }
    std::optional<QJsonObject> optionalObject(const QJsonObject &o, const QString &path,
                                              const char *key)
    {
        return readObject(o, path, key, false);
    }
    // An array element that must be an object.
    QJsonObject objectAt(const QJsonArray &a, const QString &path, qsizetype index);
    QStringList stringList(const QJsonArray &a, const QString &path);
    QList<int> intList(const QJsonArray &a, const QString &path);
    // "2016-06-06 12:00:00" in Beijing time (the docs' form) or ISO 8601; empty gives a null time.
    QDateTime optionalTime(const QJsonObject &o, const QString &path, const char *key);
    // The same reading of a non-empty text; an invalid QDateTime when it is neither form.
    static QDateTime parseTime(const QString &text);

    static QString join(const QString &path, const char *key);
    static QString typeName(const QJsonValue &v);
    static bool isInt(const QJsonValue &v);

private:
    // The value at `key`, Undefined when absent or null (and then "missing" if required).
    QJsonValue take(const QJsonObject &o, const QString &path, const char *key, bool required);
    std::optional<int> readInt(const QJsonObject &o, const QString &path, const char *key,
                               bool required);
    QString readString(const QJsonObject &o, const QString &path, const char *key, bool required);
    QJsonArray readArray(const QJsonObject &o, const QString &path, const char *key, bool required);
    std::optional<QJsonObject> readObject(const QJsonObject &o, const QString &path,
                                          const char *key, bool required);
    void wrongType(const QString &path, const char *expected, const QJsonValue &found);

    QString m_error;
};
