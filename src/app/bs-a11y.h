/* bs-a11y.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bs_a11y_repair_names        (GtkWidget  *root);
void bs_a11y_label_popup_button  (GtkWidget  *widget,
                                  const char *label);
void bs_a11y_label_drop_down_toggle (GtkWidget  *drop_down,
                                     const char *label);

G_END_DECLS
