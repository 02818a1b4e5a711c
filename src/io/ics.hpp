// A program as an RFC 5545 iCalendar file: one event per session at the preferred time, with a reminder.
#pragma once

#include <string>

#include "core/body/profile.hpp"
#include "core/program/catalog.hpp"
#include "core/program/plan.hpp"

namespace hipfit::io {

// Minutes before a session that its reminder fires.
inline constexpr int kReminderMinutesBefore = 30;

// `stamp` is the date the calendar is made (DTSTAMP); the output depends on nothing else.
std::string plan_to_ics(const core::Plan& plan, const core::Profile& profile, const core::Catalog& catalog,
                        core::Date stamp);

}  // namespace hipfit::io
