/* bs-window-cycle.c: the window's actions of the next cycle: Start Next Cycle…, and confirming what was carried over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-next-cycle-dialog.h"
#include "bs-window-private.h"

/**
 * bs_window_show_next_cycle:
 *
 * Opens "Start Next Cycle…" for the window's assessment.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
bs_window_show_next_cycle (BsWindow *self)
{
  BsNextCycleDialog *dialog;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->assessment != NULL, NULL);

  dialog = bs_next_cycle_dialog_new (self);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
start_next_cycle_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);

  if (self->assessment != NULL)
    bs_window_show_next_cycle (self);
}

/* A card's Confirm: through the undo stack, so undo brings the mark back. */
static void
confirm_carried_over_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);

  if (self->assessment == NULL)
    return;
  if (bs_undo_stack_confirm_carried_over (self->undo_stack, g_variant_get_string (param, NULL)) > 0)
    bs_window_show_undo_toast (self, _("Note from last cycle confirmed"));
}

static void
confirm_all_carried_over_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);
  g_autofree char *title = NULL;
  guint n;

  if (self->assessment == NULL)
    return;
  n = bs_undo_stack_confirm_carried_over (self->undo_stack, NULL);
  if (n == 0)
    return;

  /* Translators: %u is how many statements' notes and evidence were confirmed */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note from last cycle confirmed",
                                        "%u notes from last cycle confirmed", n), n);
  bs_window_show_undo_toast (self, title);
}

/* Enables the actions that need an assessment; _bs_window_update_actions()
 * calls it. */
void
_bs_window_update_cycle_actions (BsWindow *self)
{
  gboolean have = self->assessment != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-next-cycle", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.confirm-carried-over", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.confirm-all-carried-over", have);
}

void
_bs_window_class_cycle_init (BsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.start-next-cycle", NULL, start_next_cycle_action);
  gtk_widget_class_install_action (widget_class, "win.confirm-carried-over", "s", confirm_carried_over_action);
  gtk_widget_class_install_action (widget_class, "win.confirm-all-carried-over", NULL, confirm_all_carried_over_action);
}
