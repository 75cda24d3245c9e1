// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3simdpagereader.h"

#include "api/simdanswer.h"

namespace {

using Value = SimdAnswer::Value;

enum InstanceField {
    Id,
    Name,
    State,
    ErrorMessage,
    Placement,
    Cpu,
    Memory,
    PrivateIps,
    PublicIps,
    Internet,
    ImageId,
    OsName,
    CreatedTime
};

// A nullable object of which one member, `name`, is read by `read` (at most once); the others
// are skipped. Null or absent leaves what `read` fills unknown. Placement (its Zone) and
// InternetAccessible (its InternetMaxBandwidthOut) are read this way.
template<typename Read>
bool oneMember(Value &value, std::string_view name, Read read)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return false;
    if (type == simdjson::ondemand::json_type::null)
        return SimdAnswer::skip(value);
    SimdAnswer::Object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return false;
    bool seen = false;
    for (auto member : object) {
        SimdAnswer::Field f;
        std::string_view key;
        if (std::move(member).get(f) != simdjson::SUCCESS || !SimdAnswer::plainKey(f, &key))
            return false;
        bool ok = false;
        if (key == name) {
            ok = !seen && read(f.value());
            seen = true;
        } else {
            ok = SimdAnswer::skip(f.value());
        }
        if (!ok)
            return false;
    }
    return true;
}

bool field(std::string_view key, Value &v, SimdAnswer::SeenKeys &seen, InstanceInfo *info,
           QString *errorMessage, QStringList *lanIps)
{
    if (key == "InstanceId")
        return seen.first(Id) && SimdAnswer::requiredText(v, &info->instanceId);
    if (key == "InstanceName")
        return seen.first(Name) && SimdAnswer::text(v, &info->name);
    if (key == "InstanceState")
        return seen.first(State) && SimdAnswer::requiredText(v, &info->rawState);
    if (key == "LatestOperationErrorMsg")
        return seen.first(ErrorMessage) && SimdAnswer::text(v, errorMessage);
    if (key == "Placement")
        return seen.first(Placement) && oneMember(v, "Zone", [info](Value &zone) {
                   return SimdAnswer::text(zone, &info->zoneName);
               });
    if (key == "CPU")
        return seen.first(Cpu) && SimdAnswer::integer(v, &info->cpu);
    if (key == "Memory")
        return seen.first(Memory) && SimdAnswer::integer(v, &info->mem);
    if (key == "PrivateIpAddresses")
        return seen.first(PrivateIps) && SimdAnswer::texts(v, lanIps);
    if (key == "PublicIpAddresses")
        return seen.first(PublicIps) && SimdAnswer::texts(v, &info->wanIps);
    if (key == "InternetAccessible")
        return seen.first(Internet) && oneMember(v, "InternetMaxBandwidthOut", [info](Value &out) {
                   return SimdAnswer::integer(out, &info->bandwidth);
               });
    if (key == "ImageId")
        return seen.first(ImageId) && SimdAnswer::text(v, &info->imageId);
    if (key == "OsName")
        return seen.first(OsName) && SimdAnswer::text(v, &info->osName);
    if (key == "CreatedTime") {
        QString text;
        if (!seen.first(CreatedTime) || !SimdAnswer::text(v, &text))
            return false;
        info->createTime = V3ResponseParser::timeFromV3(text);
        return true;
    }
    return SimdAnswer::skip(v);
}

bool readInstance(Value &element, const V3ResponseParser::ZoneIdLookup &zoneIdFor,
                  InstanceInfo *info)
{
    SimdAnswer::Object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return false;
    SimdAnswer::SeenKeys seen;
    QString errorMessage;
    QStringList lanIps;
    for (auto member : object) {
        SimdAnswer::Field f;
        std::string_view key;
        if (std::move(member).get(f) != simdjson::SUCCESS || !SimdAnswer::plainKey(f, &key) ||
            !field(key, f.value(), seen, info, &errorMessage, &lanIps))
            return false;
    }
    // InstanceId and InstanceState are required: absent (or null, which requiredText refuses)
    // is the general parser's to word.
    if (!seen.has(Id) || !seen.has(State))
        return false;
    info->state = V3ResponseParser::stateFromV3(info->rawState);
    if (info->state == InstanceState::CreateFailed)
        info->failureReason = errorMessage;
    info->lanIp = lanIps.value(0);
    info->zoneId = zoneIdFor && !info->zoneName.isEmpty() ? zoneIdFor(info->zoneName) : 0;
    return true;
}

bool instanceSet(Value &value, const V3ResponseParser::ZoneIdLookup &zoneIdFor,
                 QList<InstanceInfo> *instances)
{
    simdjson::ondemand::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return false;
    instances->reserve(100); // a page holds at most 100 (DescribeInstances' Limit)
    for (auto element : array) {
        Value item;
        InstanceInfo info;
        // simdjson_result::get() is &&-qualified: the move is how it is called.
        // NOLINTNEXTLINE(performance-move-const-arg)
        if (std::move(element).get(item) != simdjson::SUCCESS ||
            !readInstance(item, zoneIdFor, &info))
            return false;
        instances->append(std::move(info));
    }
    return true;
}

enum ResponseField { RequestId, TotalCount, InstanceSet };

bool response(Value &value, const V3ResponseParser::ZoneIdLookup &zoneIdFor, InstancePage *page)
{
    SimdAnswer::Object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return false;
    SimdAnswer::SeenKeys seen;
    for (auto member : object) {
        SimdAnswer::Field f;
        std::string_view key;
        if (std::move(member).get(f) != simdjson::SUCCESS || !SimdAnswer::plainKey(f, &key))
            return false;
        Value &v = f.value();
        bool ok = false;
        if (key == "Error") {
            ok = false; // a service error is the general parser's to word
        } else if (key == "RequestId") {
            QString ignored;
            ok = seen.first(RequestId) && SimdAnswer::text(v, &ignored);
        } else if (key == "TotalCount") {
            ok = seen.first(TotalCount) && SimdAnswer::requiredInteger(v, &page->totalCount);
        } else if (key == "InstanceSet") {
            ok = seen.first(InstanceSet) && instanceSet(v, zoneIdFor, &page->instances);
        } else {
            ok = SimdAnswer::skip(v);
        }
        if (!ok)
            return false;
    }
    return seen.has(TotalCount) && seen.has(InstanceSet);
}

} // namespace

std::optional<InstancePage> V3SimdPageReader::read(QByteArrayView body,
                                                   const V3ResponseParser::ZoneIdLookup &zoneIdFor)
{
    InstancePage page;
    bool seenResponse = false;
    const bool read = SimdAnswer::readRoot(body, [&](SimdAnswer::Object &root) {
        for (auto member : root) {
            SimdAnswer::Field f;
            std::string_view key;
            if (std::move(member).get(f) != simdjson::SUCCESS || !SimdAnswer::plainKey(f, &key))
                return false;
            bool ok = false;
            if (key == "Response") {
                ok = !seenResponse && response(f.value(), zoneIdFor, &page);
                seenResponse = true;
            } else {
                ok = SimdAnswer::skip(f.value());
            }
            if (!ok)
                return false;
        }
        return seenResponse;
    });
    if (!read)
        return std::nullopt;
    return page;
}
