/* bs-text-field.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BS_TYPE_TEXT_FIELD (bs_text_field_get_type ())

G_DECLARE_FINAL_TYPE (BsTextField, bs_text_field, BS, TEXT_FIELD, GtkTextView)

GtkWidget *bs_text_field_new (void);

G_END_DECLS
