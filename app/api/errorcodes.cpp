// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/errorcodes.h"

#include <QCoreApplication>
#include <QHash>

#include <iterator>

namespace {

using Verdict = ApiError::Verdict;
constexpr Verdict Final = Verdict::Final;
constexpr Verdict Pause = Verdict::RetryAfterPause;
constexpr Verdict Unknown = Verdict::Retryable; // the outcome is not known

struct NamedEntry
{
    const char *code;
    ErrorCodes::Entry entry;
};

// The texts keep the translation context "ApiErrorText", where the operator reads them (and
// where their translations were made).

// Exact codes. A code listed here overrides its family (below) in verdict and advice.
const NamedEntry ExactCodes[] = {
    // Authentication (common codes): the same keys fail the same way.
    {"AuthFailure.SignatureFailure",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The signature was rejected — check this profile's SecretKey")}},
    {"AuthFailure.SignatureExpire",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The signature expired — check that the "
                                               "computer's clock is correct")}},
    {"AuthFailure.SecretIdNotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The SecretId does not exist — check the "
                                               "SecretId of this profile")}},
    {"AuthFailure.InvalidSecretId",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The SecretId does not exist — check the "
                                               "SecretId of this profile")}},
    {"AuthFailure.InvalidAuthorization",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The Authorization header was not understood — check that the "
                               "profile's endpoint is a Tencent Cloud API 3.0 service, or switch "
                               "the profile to API 2.0")}},
    {"AuthFailure.TokenFailure",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The temporary credentials' token is invalid or has expired — get "
                               "new temporary credentials, or use a permanent key in this "
                               "profile")}},
    {"AuthFailure.UnauthorizedOperation",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "This key may not perform the action — ask the account owner to "
                               "grant the CVM (or VPC) permission to this key's user in CAM")}},
    {"AuthFailure.MFAFailure",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The account requires multi-factor authentication for this action "
                               "— use a key without that requirement, or launch from the "
                               "console")}},
    {"UnauthorizedOperation",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Access denied — ask the account owner for the permission")}},
    {"InvalidPermission",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "This account may not buy this here (account type or region "
                               "restriction) — use another region or account, or ask Tencent "
                               "Cloud support")}},

    // "Not now": turned away before any work was done; the same request succeeds later.
    {"RequestLimitExceeded",
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText", "Too many requests — the app waits and retries; "
                                               "or try again in a minute")}},
    {"LimitExceeded.RateLimitExceeded",
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText", "Too many requests — the app waits and retries; "
                                               "or try again in a minute")}},
    {"OperationFail.SystemBusy",
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText", "The service is busy — the app retries; if it "
                                               "keeps failing, try later")}},
    {"OperationDenied.InstanceOperationInProgress",
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Another operation on the same resource is running — the app "
                               "waits and tries again")}},
    {"ResourceUnavailable.InstanceType", // 该可用区不售卖此机型: "never" in this zone
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "This instance type is not sold in that zone — "
                                               "choose another zone or instance type")}},

    // Outcome unknown: the service failed inside; it may have done the work.
    {"InternalError",
     {Unknown, QT_TRANSLATE_NOOP("ApiErrorText", "Internal error on the server — the app "
                                                 "retries; if it keeps failing, try again "
                                                 "later")}},
    // 当前服务暂时不可用 (a common code of API 3.0, document/product/213/30435): API 3.0's
    // name for API 2.0's 6200, and like it no proof that nothing was done.
    {"ServiceUnavailable",
     {Unknown, QT_TRANSLATE_NOOP("ApiErrorText", "The service is temporarily unavailable — the "
                                                 "app retries; if it keeps failing, try again "
                                                 "later")}},

    // Stock: final for this zone and type (Terraform stopped retrying ResourceInsufficient).
    {"ResourceInsufficient.ZoneSoldOutForSpecifiedInstance",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "This configuration is sold out in that zone — "
                                               "choose another zone or instance type")}},
    {"ResourceInsufficient.SpecifiedInstanceType",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "Not enough stock of this instance type — choose "
                                               "another zone or instance type")}},
    {"ResourceInsufficient.AvailabilityZoneSoldOut",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "That zone is sold out — choose another zone")}},
    {"ResourceInsufficient.InsufficientOfferingMinimum",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Not enough stock for the number of instances asked for — launch "
                               "fewer at once, or choose another zone or instance type")}},
    {"ResourcesSoldOut.SpecifiedInstanceType",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "This instance type is sold out — choose another "
                                               "zone or instance type")}},
    {"ResourceInsufficient.CloudDiskSoldOut",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "This cloud disk type is sold out in that zone — "
                                               "choose another disk type or zone")}},
    {"ResourceInsufficient.CloudDiskUnavailable",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The cloud disk settings were not accepted — "
                                               "choose another disk type or size")}},
    {"ResourceNotFound.NoDefaultCbs",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "No cloud disk of the default type is available "
                                               "— choose the system disk type explicitly")}},
    {"ResourceNotFound.NoDefaultCbsWithReason",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "No cloud disk of the default type is available "
                                               "— choose the system disk type explicitly")}},
    {"ResourcesSoldOut.EipInsufficient",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Public IP addresses are sold out in that region — launch without "
                               "a public IP or try another region")}},

    // Instance type, zone and image.
    {"InvalidParameter.InvaildZoneId", // sic, as API 2.0 spells it
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The zone is not valid for this region — choose "
                                               "another zone")}},
    {"InvalidZone.MismatchRegion",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The zone does not belong to the profile's region "
                                               "— choose another zone")}},
    {"InvalidParameterValue.ZoneNotSupported",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The zone is not valid here — choose another zone "
                                               "of the profile's region")}},
    {"InvalidParameterValue.InstanceTypeNotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The instance type was rejected — choose another "
                                               "CPU and memory combination")}},
    {"InvalidParameterValue.InvalidImageForGivenInstanceType",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The image cannot run on this instance type — "
                                               "choose another image or instance type")}},
    {"MissingParameter.DPDKInstanceTypeRequiredVPC",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "This instance type needs a VPC — choose a VPC and subnet")}},
    {"MissingParameter.MonitorService",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "This instance type needs Cloud Monitor — turn "
                                               "the monitoring agent on")}},
    {"InvalidImageId.NotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The image does not exist in this region — "
                                               "choose another image")}},
    {"InvalidRegion.NotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The region does not exist — choose another "
                                               "region in the profile")}},
    {"UnsupportedRegion",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The service is not offered in this region — "
                                               "choose another region in the profile")}},

    // Quota, account, money: the operator acts in the console.
    {"LimitExceeded.InstanceQuota",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The instance quota is used up — return "
                                               "instances or ask for a higher quota")}},
    {"LimitExceeded.CvmInstanceQuota",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The instance quota is used up — return "
                                               "instances or ask for a higher quota")}},
    {"InstancesQuotaLimitExceeded",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The instance quota is used up — return "
                                               "instances or ask for a higher quota")}},
    {"OperationConstraints.AccountBalanceNotEnough",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Insufficient balance — top up the account, then launch again")}},
    {"InvalidAccount.InsufficientBalance",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Insufficient balance — top up the account, then launch again")}},
    {"InvalidAccount.UnpaidOrder",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The account has an unpaid order — pay or cancel "
                                               "it in the console, then launch again")}},
    {"AccountQualificationRestrictions",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The account has not passed Tencent Cloud's qualification check "
                               "(real-name verification) — complete it in the console, then "
                               "launch again")}},
    {"OperationDenied.AccountNotSupported",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "This account may not buy this here (account type or region "
                               "restriction) — use another region or account, or ask Tencent "
                               "Cloud support")}},
    {"UnsupportedOperation.UnsupportedInternationalUser",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "This account may not buy this here (account type or region "
                               "restriction) — use another region or account, or ask Tencent "
                               "Cloud support")}},
    {"FailedOperation.PromotionalRegionRestriction",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "This account may not buy this here (account type or region "
                               "restriction) — use another region or account, or ask Tencent "
                               "Cloud support")}},

    // Disks.
    {"InvalidParameterValue.CloudSsdDataDiskSizeTooSmall",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "An SSD cloud data disk must be at least 100 GB "
                                               "— enlarge the data disk")}},
    {"UnsupportedOperation.InvalidDisk",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "This disk is not supported with this "
                                               "configuration — choose another disk type")}},

    // Login.
    {"InvalidPassword",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The password does not meet the image's rules — "
                                               "choose another password")}},
    {"InvalidParameterValue.InvalidPassword",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The password does not meet the image's rules — "
                                               "choose another password")}},
    {"InvalidParameter.PasswordNotConformSpecs",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The password does not meet the image's rules — "
                                               "choose another password")}},
    {"InvalidParameter.ParameterConflict",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "An SSH key and keeping the image's login cannot be used together "
                               "— choose one way to log in")}},
    {"InvalidKeyPairId.NotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The SSH key does not exist in this region — "
                                               "choose another key or create one in the "
                                               "console")}},
    {"InvalidParameterValue.KeyPairNotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The SSH key does not exist in this region — "
                                               "choose another key or create one in the "
                                               "console")}},
    {"UnsupportedOperation.KeyPairUnsupportedWindows",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "Windows instances cannot log in with an SSH key "
                                               "— set a password instead")}},
    {"InvalidParameterValue.IllegalHostName",
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "The host name is not valid — correct the host name")}},

    // Network.
    {"InvalidVpcId.NotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The VPC does not exist in this region — choose "
                                               "another network")}},
    {"InvalidSubnetId.NotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The subnet does not exist in this VPC — choose "
                                               "another subnet")}},
    {"InvalidParameterValue.VpcIdZoneIdNotMatch",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The subnet is not in the chosen zone — choose a "
                                               "subnet of that zone")}},

    // Naming, tokens, versions.
    {"InvalidClientToken.TooLong",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The ClientToken is longer than 64 bytes — this "
                                               "is a bug in the app; please report it")}},
    {"InvalidInstanceName.TooLong",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The instance name is too long — shorten it")}},
    {"InvalidProjectId.NotFound",
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "The project does not exist — choose another project")}},
    {"RequestSizeLimitExceeded",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The request is too large — launch fewer instances at once")}},
    {"DryRunOperation",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The check passed: the service would accept this "
                                               "launch — launch it")}},
    {"InvalidAction",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The service does not know this action — check "
                                               "that the profile's endpoint speaks API 3.0")}},
    {"ActionOffline",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The service no longer offers this action — update the app")}},
    {"NoSuchVersion",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The service does not speak this API version — "
                                               "check the profile's endpoint")}},
    {"UnknownParameter",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The service does not know a parameter the app sent — check that "
                               "the profile's endpoint speaks this API version, or update the "
                               "app")}},
    {"InvalidParameterCombination",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "Two settings cannot be used together — correct "
                                               "the fields the server names")}},

    // Returns: the instance is already gone.
    {"InvalidInstanceId.NotFound",
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "The instance does not exist (it may have been returned "
                                        "already) — refresh the instance list"),
      true}},
    {"UnsupportedOperation.InstanceStateTerminated",
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "The instance has already been returned — "
                                        "nothing is left to do"),
      true}},
};

// Families: the part of a code before its first '.', for codes the table does not list.
const NamedEntry FamilyCodes[] = {
    {"AuthFailure",
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "Authentication failed — check this profile's SecretId and "
                                        "SecretKey and the computer's clock")}},
    {"RequestLimitExceeded", // .UinLimitExceeded, .IPLimitExceeded, .GlobalRegionUinLimitExceeded
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText", "Too many requests — the app waits and retries; "
                                               "or try again in a minute")}},
    {"ResourceInUse", // Terraform retries it
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The resource is busy with another operation — the app waits and "
                               "tries again; if it keeps failing, try later")}},
    {"ResourceUnavailable", // Terraform retries it; .InstanceType above is final
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The resource is not available at the moment — the app waits and "
                               "tries again; if it keeps failing, choose another zone or "
                               "configuration")}},
    {"MutexOperation", // .TaskRunning: 同样的任务正在运行
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Another operation on the same resource is running — the app "
                               "waits and tries again")}},
    {"InternalError", // .TradeUnknownError and the like
     {Unknown, QT_TRANSLATE_NOOP("ApiErrorText", "Internal error on the server — the app "
                                                 "retries; if it keeps failing, try again "
                                                 "later")}},
    {"InvalidParameter",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "A parameter was rejected — "
                                               "correct the field the server "
                                               "names")}},
    {"InvalidParameterValue",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "A value was rejected — correct the field the server names")}},
    {"MissingParameter",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "A required parameter is missing — fill in the "
                                               "field the server names")}},
    {"LimitExceeded",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "A limit or quota was exceeded — lower the count "
                                               "or ask for a higher quota")}},
    {"ResourceInsufficient",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "Not enough resources in that zone — choose "
                                               "another zone or configuration")}},
    {"ResourcesSoldOut",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "Sold out — choose another zone or configuration")}},
    {"ResourceNotFound",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The resource was not found — check the ids and "
                                               "the region of this profile")}},
    {"UnauthorizedOperation",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "Access denied — ask the account owner for the permission")}},
    {"OperationDenied",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The operation is not allowed now — check the resource's state "
                               "and the account's permissions")}},
    {"OperationConstraints",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The operation is not possible in the resource's current state — "
                               "wait until it settles, or check its state in the console")}},
    {"InvalidAccount",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The account cannot buy this (balance, verification or an unpaid "
                               "order) — check the account in the console")}},
    {"InvalidZone",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The zone is not valid here — choose another zone "
                                               "of the profile's region")}},
    {"InvalidImageId",
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "The image id was rejected — choose another image")}},
    {"InvalidInstanceId",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "The instance id was rejected — refresh the instance list")}},
    {"InvalidInstanceType",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The instance type was rejected — choose another "
                                               "CPU and memory combination")}},
    {"InvalidKeyPairId",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The SSH key was rejected — choose another key")}},
    {"InvalidVpcId",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The VPC was rejected — choose another network")}},
    {"InvalidSubnetId",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The subnet was rejected — choose another subnet")}},
    {"InvalidPassword",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The password does not meet the image's rules — "
                                               "choose another password")}},
    {"InvalidRegion",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The region was rejected — choose another region")}},
    {"UnsupportedOperation",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The operation is not supported for this "
                                               "resource — check its type and state")}},
    {"FailedOperation",
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "The operation failed on the server — check the "
                                               "resource's state and try again")}},
};

// API 2.0 common codes (the seed's error code page). 4101-4110 (but 4104) share one entry.
struct NumberedEntry
{
    int code;
    ErrorCodes::Entry entry;
};

const ErrorCodes::Entry AuthRange = {
    Final, QT_TRANSLATE_NOOP("ApiErrorText",
                             "%1: authentication failed (the signature, key or token was not "
                             "accepted) — check this profile's SecretId and SecretKey and the "
                             "computer's clock")};

const NumberedEntry NumberedCodes[] = {
    {4000,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "4000: a parameter was rejected as invalid — correct the field the "
                               "server names and try again")}},
    {4100,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "4100: the SecretId/SecretKey pair was rejected — "
                                               "check the keys of this profile")}},
    {4104,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "4104: the SecretId does not exist — check the SecretId of this "
                               "profile or create a new key pair in the console")}},
    {4200,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "4200: the request expired before the server saw it — check that "
                               "the computer's clock is correct and try again")}},
    {4300,
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "4300: access denied — this account or sub-user lacks the "
                                        "permission; ask the account owner to grant it")}},
    {4400,
     {Pause, QT_TRANSLATE_NOOP("ApiErrorText",
                               "4400: too many requests — the server limits the request rate; "
                               "the app waits and retries, or try again in a minute")}},
    // A replayed Nonce is what the service sees when QNetworkAccessManager silently resends a
    // request whose connection closed before any answer (it does so once, even for a POST): the
    // first copy may have been carried out and its answer is lost, so the outcome is unknown. A
    // retry is signed afresh (new Nonce and Timestamp) with the same clientToken, so it is safe
    // and finds out. A clock more than two hours off fails every attempt the same way.
    {4500,
     {Unknown, QT_TRANSLATE_NOOP("ApiErrorText",
                                 "4500: the service received this request twice (a dropped "
                                 "connection that was sent again, or a clock more than two hours "
                                 "off) — the app retries with a fresh signature; if it keeps "
                                 "failing, check the computer's clock")}},
    {4600,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "4600: the protocol is not supported — the endpoint must be "
                               "reached over HTTPS; check the endpoint of this profile")}},
    {5000,
     {Final,
      QT_TRANSLATE_NOOP("ApiErrorText", "5000: the resource was not found — check the ids "
                                        "(instance, image, key, network) and the region of this "
                                        "profile"),
      true}},
    {5100,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "5100: the operation failed on the server — check "
                                               "the instance's state and try again later")}},
    {5200,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "5200: the purchase failed — this configuration is not available "
                               "in that zone or is sold out; choose another zone or "
                               "configuration")}},
    {5300,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText", "5300: insufficient balance — top up the account, "
                                               "then launch again")}},
    {5400,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "5400: only part of the operation succeeded — check the instance "
                               "list for what was created before trying again")}},
    {5500,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "5500: the account is not qualified for this purchase — complete "
                               "the account's verification or ask Tencent Cloud support")}},
    {6000,
     {Unknown, QT_TRANSLATE_NOOP("ApiErrorText", "6000: internal error on the server — the app "
                                                 "retries; if it keeps failing, try again "
                                                 "later")}},
    {6100,
     {Final, QT_TRANSLATE_NOOP("ApiErrorText",
                               "6100: this action is not supported here — check the endpoint "
                               "(domain) of this profile")}},
    // The brief's list: maintenance may strike after the work began, so the outcome is unknown.
    {6200,
     {Unknown, QT_TRANSLATE_NOOP("ApiErrorText",
                                 "6200: the service is temporarily unavailable (maintenance) — "
                                 "the app retries; if it keeps failing, try again later")}},
};

using CodeIndex = QHash<QString, const ErrorCodes::Entry *>;

CodeIndex buildIndex(const NamedEntry *begin, const NamedEntry *end)
{
    CodeIndex map;
    for (const NamedEntry *e = begin; e != end; ++e)
        map.insert(QString::fromLatin1(e->code), &e->entry);
    return map;
}

const CodeIndex &exactIndex()
{
    static const CodeIndex map = buildIndex(std::begin(ExactCodes), std::end(ExactCodes));
    return map;
}

const CodeIndex &familyIndex()
{
    static const CodeIndex map = buildIndex(std::begin(FamilyCodes), std::end(FamilyCodes));
    return map;
}

} // namespace

const ErrorCodes::Entry *ErrorCodes::forCodeString(const QString &codeString)
{
    if (codeString.isEmpty())
        return nullptr;
    if (const Entry *exact = exactIndex().value(codeString))
        return exact;
    return familyIndex().value(codeString.section(u'.', 0, 0));
}

const ErrorCodes::Entry *ErrorCodes::forCode(int code)
{
    if (code >= 4101 && code <= 4110 && code != 4104)
        return &AuthRange;
    for (const NumberedEntry &e : NumberedCodes) {
        if (e.code == code)
            return &e.entry;
    }
    return nullptr;
}

ApiError::Verdict ErrorCodes::verdict(int code, const QString &codeString)
{
    if (const Entry *e = forCodeString(codeString))
        return e->verdict;
    if (const Entry *e = forCode(code))
        return e->verdict;
    return ApiError::Verdict::Final;
}

bool ErrorCodes::meansGone(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Service)
        return false;
    const Entry *byString = exactIndex().value(error.codeString);
    const Entry *byNumber = forCode(error.code);
    return (byString && byString->meansGone) || (byNumber && byNumber->meansGone);
}

QStringList ErrorCodes::codeStrings()
{
    QStringList codes;
    for (const NamedEntry &e : ExactCodes)
        codes << QString::fromLatin1(e.code);
    for (const NamedEntry &e : FamilyCodes)
        codes << QString::fromLatin1(e.code);
    return codes;
}

QList<int> ErrorCodes::codes()
{
    QList<int> codes;
    for (const NumberedEntry &e : NumberedCodes)
        codes << e.code;
    for (int code = 4101; code <= 4110; ++code) {
        if (code != 4104)
            codes << code;
    }
    return codes;
}
