/* bs-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bs_date_is_valid_iso (const char *text);

G_END_DECLS
