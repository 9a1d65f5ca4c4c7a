/* bs-settings.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings  *bs_settings_new               (void);
char       *bs_settings_get_report_language (GSettings  *settings);
void        bs_settings_add_recent        (GSettings  *settings,
                                           const char *path);

G_END_DECLS
