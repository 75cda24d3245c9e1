// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <optional>
#include <string_view>

// The scalar rules that every reader of a service answer follows, API 2.0 and API 3.0 alike,
// whether it reads a QJsonDocument (AnswerReader) or simdjson's On-Demand values (SimdAnswer).
// The service drifts between a documented number and its text ("TotalCount":"0",
// "UnitPrice":"0.48", v2 "code":"4000") and between a documented text and a number
// ("ZoneId":100003), so:
// - an integer is a JSON number, or a string holding a JSON number, whose value is whole and
//   fits an int; "2.0" and 2.0 are 2, while "2.5", "abc", "" and 1e40 are refused;
// - a decimal (a price in CNY) is a finite JSON number or a string holding one;
// - a text (an id, a name, a code) is a JSON string, or a number written as text by
//   textFromNumber().
// Both readers use these functions, so they give the same value for the same answer.
namespace AnswerScalars {

// The value of `text` when it is exactly a JSON number (RFC 8259 section 6: no sign '+', no
// leading zeros, no spaces, no hex, no "NaN"/"Infinity") and finite as a double; else nothing.
std::optional<double> numberFromText(std::string_view text);

// `value` as an int when it is whole and within int's range; else nothing.
std::optional<int> integer(double value);

// integer(numberFromText(text)).
std::optional<int> integerFromText(std::string_view text);

// A number where a text is documented: whole numbers below 2^53 in plain digits ("100003",
// "-1"), anything else in the shortest form that reads back as the same double ("0.48").
QString textFromNumber(double value);

// A price as the product shows it: up to 15 significant digits, no trailing zeros ("0.48").
QString decimalText(double value);

} // namespace AnswerScalars
