/* bs-action-row.c: one action of the action plan, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-action-row.h"
#include "bs-binding.h"
#include "bs-display.h"
#include "bs-text-field.h"

struct _BsActionRow
{
  GtkListBoxRow  parent_instance;

  BsAssessment  *assessment;
  BsAction      *action;
  /* the dimension drop-down's choices after "No dimension" */
  GPtrArray     *level_ids;
  GPtrArray     *dimension_ids;

  GtkTextView   *description_view;
  GtkDropDown   *dimension_dropdown;
  GtkDropDown   *status_dropdown;
  GtkEntry      *owner_entry;
  GtkEntry      *due_entry;
  GtkWidget     *up_button;
  GtkWidget     *down_button;
};

G_DEFINE_FINAL_TYPE (BsActionRow, bs_action_row, GTK_TYPE_LIST_BOX_ROW)

static guint
dimension_index (BsActionRow *self)
{
  const char *level_id = bs_action_get_level_id (self->action);
  const char *dimension_id = bs_action_get_dimension_id (self->action);

  for (guint i = 0; i < self->dimension_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->level_ids, i), level_id) == 0 &&
        g_strcmp0 (g_ptr_array_index (self->dimension_ids, i), dimension_id) == 0)
      return i + 1;

  return 0;
}

static void
action_notify_cb (BsActionRow *self)
{
  guint index = dimension_index (self);

  if (gtk_drop_down_get_selected (self->dimension_dropdown) != index)
    gtk_drop_down_set_selected (self->dimension_dropdown, index);
  if (gtk_drop_down_get_selected (self->status_dropdown) != (guint) bs_action_get_status (self->action))
    gtk_drop_down_set_selected (self->status_dropdown, bs_action_get_status (self->action));
}

static void
dimension_selected_cb (BsActionRow *self)
{
  guint index = gtk_drop_down_get_selected (self->dimension_dropdown);

  if (index == 0 || index > self->dimension_ids->len)
    {
      bs_action_set_level_id (self->action, NULL);
      bs_action_set_dimension_id (self->action, NULL);
    }
  else
    {
      bs_action_set_level_id (self->action, g_ptr_array_index (self->level_ids, index - 1));
      bs_action_set_dimension_id (self->action, g_ptr_array_index (self->dimension_ids, index - 1));
    }
}

static void
status_selected_cb (BsActionRow *self)
{
  bs_action_set_status (self->action, gtk_drop_down_get_selected (self->status_dropdown));
}

/* Only real dates reach the model: a file with anything else would not
 * load again. */
static void
due_changed_cb (BsActionRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->due_entry));

  if (text[0] == '\0' || bs_display_is_iso_date (text))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_entry), "error");
      bs_action_set_due (self->action, text[0] != '\0' ? text : NULL);
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->due_entry), "error");
}

static void
move (BsActionRow *self,
      int          delta)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  GListModel *actions = bs_assessment_get_actions (self->assessment);
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkListBoxRow *moved;
  int to = index + delta;

  if (index < 0 || to < 0 || (guint) to >= g_list_model_get_n_items (actions))
    return;

  bs_assessment_move_action (self->assessment, index, to);

  /* The list box made a new row for the moved action; keep the focus with it. */
  moved = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), to);
  if (BS_IS_ACTION_ROW (moved))
    gtk_widget_grab_focus (delta < 0 ? BS_ACTION_ROW (moved)->up_button : BS_ACTION_ROW (moved)->down_button);
}

static void
up_cb (BsActionRow *self)
{
  move (self, -1);
}

static void
down_cb (BsActionRow *self)
{
  move (self, +1);
}

static void
delete_cb (BsActionRow *self)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (index >= 0)
    bs_assessment_remove_action (self->assessment, index);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  ellipsize)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* Dimension names are long: the button shortens the chosen one, so a
 * narrow window never has to grow for it; the list shows them whole. */
static GtkListItemFactory *
label_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), GINT_TO_POINTER (ellipsize));

  return factory;
}

static void
build (BsActionRow *self)
{
  g_autoptr(GtkListItemFactory) button_factory = label_factory_new (TRUE);
  g_autoptr(GtkListItemFactory) list_factory = label_factory_new (FALSE);
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  GListModel *levels = bs_framework_get_levels (framework);
  const char *lang = bs_default_language ();
  g_autoptr(GtkStringList) dimensions = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  dimensions = gtk_string_list_new ((const char * const []) { _("No dimension"), NULL });

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *level_dimensions = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (self->assessment, bs_level_get_id (level)))
        continue;

      for (guint d = 0; d < g_list_model_get_n_items (level_dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (level_dimensions, d);
          g_autofree char *label = NULL;

          /* Translators: a choice of dimension, e.g. "Course: Flexibility" */
          label = g_strdup_printf (_("%s: %s"), bs_level_get_title_text (level, lang),
                                   bs_dimension_get_title_text (dimension, lang));
          gtk_string_list_append (dimensions, label);
          g_ptr_array_add (self->level_ids, g_strdup (bs_level_get_id (level)));
          g_ptr_array_add (self->dimension_ids, g_strdup (bs_dimension_get_id (dimension)));
        }
    }

  for (BsActionStatus s = BS_ACTION_PLANNED; s <= BS_ACTION_DROPPED; s++)
    gtk_string_list_append (statuses, bs_action_status_get_label (s));

  gtk_drop_down_set_factory (self->dimension_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->dimension_dropdown, list_factory);
  gtk_drop_down_set_model (self->dimension_dropdown, G_LIST_MODEL (dimensions));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  action_notify_cb (self);

  bs_binding_text_buffer (gtk_text_view_get_buffer (self->description_view), self->action, "description");
  bs_binding_editable (GTK_EDITABLE (self->owner_entry), self->action, "owner");
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry),
                         bs_action_get_due (self->action) != NULL ? bs_action_get_due (self->action) : "");

  g_signal_connect_object (self->action, "notify", G_CALLBACK (action_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dimension_dropdown, "notify::selected",
                           G_CALLBACK (dimension_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (status_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_entry, "changed", G_CALLBACK (due_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
bs_action_row_dispose (GObject *object)
{
  BsActionRow *self = (BsActionRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_ACTION_ROW);

  g_clear_object (&self->action);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_action_row_parent_class)->dispose (object);
}

static void
bs_action_row_finalize (GObject *object)
{
  BsActionRow *self = (BsActionRow *) object;

  g_ptr_array_unref (self->level_ids);
  g_ptr_array_unref (self->dimension_ids);

  G_OBJECT_CLASS (bs_action_row_parent_class)->finalize (object);
}

static void
bs_action_row_class_init (BsActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_action_row_dispose;
  object_class->finalize = bs_action_row_finalize;

  g_type_ensure (BS_TYPE_TEXT_FIELD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, description_view);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, dimension_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, due_entry);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, BsActionRow, down_button);
  gtk_widget_class_bind_template_callback (widget_class, up_cb);
  gtk_widget_class_bind_template_callback (widget_class, down_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_cb);
}

static void
bs_action_row_init (BsActionRow *self)
{
  self->level_ids = g_ptr_array_new_with_free_func (g_free);
  self->dimension_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bs_action_row_new:
 *
 * Returns: (transfer floating): a row editing @action of @assessment
 */
GtkWidget *
bs_action_row_new (BsAssessment *assessment,
                   BsAction     *action)
{
  BsActionRow *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_ACTION (action), NULL);

  self = g_object_new (BS_TYPE_ACTION_ROW, NULL);
  self->assessment = g_object_ref (assessment);
  self->action = g_object_ref (action);
  build (self);

  return GTK_WIDGET (self);
}

BsAction *
bs_action_row_get_action (BsActionRow *self)
{
  g_return_val_if_fail (BS_IS_ACTION_ROW (self), NULL);

  return self->action;
}

void
bs_action_row_focus (BsActionRow *self)
{
  g_return_if_fail (BS_IS_ACTION_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->description_view));
}
