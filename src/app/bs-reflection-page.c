/* bs-reflection-page.c: the framework's open reflection questions, answered in the assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <adwaita.h>

#include "bs-text-limit.h"
#include "bs-reflection-page.h"

#define QUESTION_KEY "bs-question-id"

struct _BsReflectionPage
{
  GtkWidget     parent_instance;

  GtkWidget    *scrolled;
  BsAssessment *assessment;
  /* question id → its GtkTextView, in the framework's order; the views
   * belong to the page's widget tree */
  GHashTable   *views;
  GPtrArray    *view_order;
  /* what was added below the page's heading, to take away on rebuild */
  GPtrArray    *groups;

  GtkBox       *content_box;
};

G_DEFINE_FINAL_TYPE (BsReflectionPage, bs_reflection_page, GTK_TYPE_WIDGET)

static char *
buffer_get_all (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The model keeps the one copy of each answer: the view writes every edit
 * to it and takes back what changed elsewhere (a reload, a merge). Each
 * side writes only when the text differs, so they never ping-pong, and the
 * text view's own undo works as it does in the notes. */
static void
sync_view (BsReflectionPage *self,
           GtkTextView      *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  const char *id = g_object_get_data (G_OBJECT (buffer), QUESTION_KEY);
  const char *value = bs_assessment_get_reflection (self->assessment, id);
  g_autofree char *text = buffer_get_all (buffer);

  g_assert (BS_IS_REFLECTION_PAGE (self));

  if (g_strcmp0 (text, value != NULL ? value : "") != 0)
    gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
}

static void
assessment_changed_cb (BsReflectionPage *self)
{
  for (guint i = 0; i < self->view_order->len; i++)
    sync_view (self, g_ptr_array_index (self->view_order, i));
}

static void
buffer_changed_cb (GtkTextBuffer    *buffer,
                   BsReflectionPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (buffer), QUESTION_KEY);
  g_autofree char *text = buffer_get_all (buffer);

  if (self->assessment != NULL)
    bs_assessment_set_reflection (self->assessment, id, text);
}

static GtkWidget *
question_new (BsReflectionPage *self,
              BsQuestion       *question)
{
  const char *text = bs_question_get_text_text (question, bs_default_language ());
  GtkWidget *box, *label, *frame, *view;
  GtkTextBuffer *buffer;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 12);

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  /* No scrolled window around it: the page scrolls, and the field grows
   * with its text instead of catching the mouse wheel. */
  frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (frame, "text-frame");
  gtk_box_append (GTK_BOX (box), frame);

  view = gtk_text_view_new ();
  bs_text_limit_attach (view);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  /* Room for a few lines before the first word is typed: a field to write
   * an answer in should look like one. */
  gtk_widget_set_size_request (view, -1, 88);
  /* Named by the question's label only: a label property as well would
   * be read out after it a second time. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (frame), view);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_object_set_data_full (G_OBJECT (buffer), QUESTION_KEY, g_strdup (bs_question_get_id (question)), g_free);

  g_hash_table_insert (self->views, g_strdup (bs_question_get_id (question)), view);
  g_ptr_array_add (self->view_order, view);

  return box;
}

static void
rebuild (BsReflectionPage *self)
{
  g_autoptr(GPtrArray) reflections = NULL;
  const char *lang = bs_default_language ();

  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (self->content_box, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->view_order, 0);
  g_hash_table_remove_all (self->views);

  if (self->assessment == NULL)
    return;

  reflections = bs_assessment_list_reflections (self->assessment);

  for (guint i = 0; i < reflections->len; i++)
    {
      BsReflection *reflection = g_ptr_array_index (reflections, i);
      GListModel *questions = bs_reflection_get_questions (reflection);
      GtkWidget *group = adw_preferences_group_new ();

      gtk_widget_set_margin_top (group, 12);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       bs_reflection_get_title_text (reflection, lang));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             bs_reflection_get_description_text (reflection, lang));

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(BsQuestion) question = g_list_model_get_item (questions, j);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), question_new (self, question));
        }

      gtk_box_append (self->content_box, group);
      g_ptr_array_add (self->groups, group);
    }

  /* Filled in first, connected after, so that showing the answers does
   * not write them back. */
  assessment_changed_cb (self);
  for (guint i = 0; i < self->view_order->len; i++)
    g_signal_connect_object (gtk_text_view_get_buffer (g_ptr_array_index (self->view_order, i)),
                             "changed", G_CALLBACK (buffer_changed_cb), self, 0);
}

static void
bs_reflection_page_dispose (GObject *object)
{
  BsReflectionPage *self = (BsReflectionPage *) object;

  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->view_order, 0);
  g_hash_table_remove_all (self->views);

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_REFLECTION_PAGE);

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_reflection_page_parent_class)->dispose (object);
}

static void
bs_reflection_page_finalize (GObject *object)
{
  BsReflectionPage *self = (BsReflectionPage *) object;

  g_hash_table_unref (self->views);
  g_ptr_array_unref (self->view_order);
  g_ptr_array_unref (self->groups);

  G_OBJECT_CLASS (bs_reflection_page_parent_class)->finalize (object);
}

static void
bs_reflection_page_class_init (BsReflectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_reflection_page_dispose;
  object_class->finalize = bs_reflection_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-reflection-page.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsReflectionPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BsReflectionPage, content_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bs_reflection_page_init (BsReflectionPage *self)
{
  self->views = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->view_order = g_ptr_array_new ();
  self->groups = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bs_reflection_page_set_assessment:
 *
 * Shows the reflection questions of @assessment's framework with its
 * answers, and writes what is typed into @assessment.
 */
void
bs_reflection_page_set_assessment (BsReflectionPage *self,
                                   BsAssessment     *assessment)
{
  g_return_if_fail (BS_IS_REFLECTION_PAGE (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  g_set_object (&self->assessment, assessment);

  rebuild (self);

  g_signal_connect_object (assessment, "changed", G_CALLBACK (assessment_changed_cb), self, G_CONNECT_SWAPPED);
  /* A level's own reflection questions come and go with the level. */
  g_signal_connect_object (assessment, "notify::levels", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
}

/**
 * bs_reflection_page_get_view:
 *
 * Returns: (transfer none) (nullable): the text view that answers
 *   @question_id
 */
GtkTextView *
bs_reflection_page_get_view (BsReflectionPage *self,
                             const char       *question_id)
{
  g_return_val_if_fail (BS_IS_REFLECTION_PAGE (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  return g_hash_table_lookup (self->views, question_id);
}

/**
 * bs_reflection_page_focus:
 *
 * Puts the cursor in the first answer.
 */
void
bs_reflection_page_focus (BsReflectionPage *self)
{
  g_return_if_fail (BS_IS_REFLECTION_PAGE (self));

  if (self->view_order->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->view_order, 0));
}
