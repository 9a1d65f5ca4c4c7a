/* bs-a11y.c: names that a screen reader reads once and in full
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-a11y.h"

/*
 * GTK 4.8 reads a control's label property and then the labels it is
 * labelled by. A button with a mnemonic ("_Open") gets both: its raw label
 * text as the property and its mnemonic label as a relation, and Orca says
 * "_Open Open". The relation alone is the right name.
 */
static void
repair_mnemonic_button (GtkWidget *widget)
{
  GtkWidget *child;

  if (!GTK_IS_BUTTON (widget) || !gtk_button_get_use_underline (GTK_BUTTON (widget)))
    return;

  child = gtk_button_get_child (GTK_BUTTON (widget));
  if (GTK_IS_LABEL (child) && gtk_label_get_mnemonic_widget (GTK_LABEL (child)) == widget)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/**
 * bs_a11y_repair_names:
 * @root: a widget whose template has been built
 *
 * Gives every mnemonic button under @root a name that is read once. Call
 * after gtk_widget_init_template().
 */
void
bs_a11y_repair_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  repair_mnemonic_button (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    bs_a11y_repair_names (child);
}

static GtkWidget *
find_toggle_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TOGGLE_BUTTON (child))
        return child;
      if (GTK_IS_POPOVER (child))
        continue;
      found = find_toggle_button (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * bs_a11y_label_popup_button:
 * @widget: a #GtkDropDown or #GtkMenuButton
 * @label: its name
 *
 * Names a drop-down or menu button and the toggle button inside it: in
 * GTK 4.8 the inner button is what takes focus. A menu button's inner
 * button is labelled by the menu button; a drop-down's is not, and without
 * a name of its own a screen reader announces it as "GtkToggleButton".
 */
void
bs_a11y_label_popup_button (GtkWidget  *widget,
                            const char *label)
{
  GtkWidget *toggle;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (!GTK_IS_DROP_DOWN (widget))
    return;
  toggle = find_toggle_button (widget);
  if (toggle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

/**
 * bs_a11y_label_drop_down_toggle:
 * @drop_down: a #GtkDropDown named by a mnemonic label
 * @label: the same name
 *
 * Names only the toggle button inside @drop_down: the drop-down itself
 * already has its name from its label, and a second would be read twice.
 */
void
bs_a11y_label_drop_down_toggle (GtkWidget  *drop_down,
                                const char *label)
{
  GtkWidget *toggle;

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  toggle = find_toggle_button (drop_down);
  if (toggle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}
