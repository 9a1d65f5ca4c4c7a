/* bs-welcome-page.c: the page a window shows before an assessment: new, open, recent files and the examples
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <adwaita.h>

#include "blendscan-core.h"
#include "bs-a11y.h"
#include "bs-settings.h"
#include "bs-welcome-page.h"

/* As many as fit beside the examples without scrolling them away. */
#define MAX_RECENT_ROWS 5

struct _BsWelcomePage
{
  GtkWidget     parent_instance;

  GSettings    *settings;
  /* the idle that fills the examples once the page has been mapped */
  guint         examples_idle;
  guint         examples_filled : 1;

  GtkWidget    *status_page;
  GtkListBox   *examples_list;
  GtkListBox   *recent_list;
  GtkWidget    *recent_group;
  GtkWidget    *examples_group;
};

G_DEFINE_FINAL_TYPE (BsWelcomePage, bs_welcome_page, GTK_TYPE_WIDGET)

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
find_examples_dir (void)
{
  const char *env = g_getenv ("BLENDSCAN_DATADIR");
  char *dir;

  if (env != NULL)
    {
      dir = g_build_filename (env, "examples", NULL);
      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        return dir;
      g_free (dir);
    }

  dir = g_build_filename (PKGDATADIR, "examples", NULL);
  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    return dir;
  g_free (dir);

  return NULL;
}

static GtkWidget *
file_row_new (const char *title,
              const char *subtitle,
              const char *action,
              const char *path)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", path);

  return row;
}

static void
fill_examples (BsWelcomePage *self)
{
  g_autofree char *dir_path = find_examples_dir ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert (BS_IS_WELCOME_PAGE (self));

  if (dir_path != NULL)
    dir = g_dir_open (dir_path, 0, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".blendscan"))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autoptr(BsAssessment) example = bs_assessment_load (path, NULL, NULL);

      if (example == NULL)
        continue;

      gtk_list_box_append (self->examples_list,
                           file_row_new (bs_assessment_get_title (example),
                                         bs_assessment_get_institution (example),
                                         "win.open-example", path));
    }

  gtk_widget_set_visible (self->examples_group, names->len > 0);
}

static void
fill_recent (BsWelcomePage *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-files");
  GtkWidget *row;
  guint n = 0;

  g_assert (BS_IS_WELCOME_PAGE (self));

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, row);

  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT_ROWS; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
        continue;

      name = g_filename_display_basename (recent[i]);
      dir = g_path_get_dirname (recent[i]);
      gtk_list_box_append (self->recent_list, file_row_new (name, dir, "win.open-recent", recent[i]));
      n++;
    }

  gtk_widget_set_visible (self->recent_group, n > 0);
}

/* The page is still mapped only when it is really going to be seen: a
 * file given at startup opens right after the window is presented, and
 * then the welcome page is unmapped again before this runs. */
static gboolean
fill_examples_idle_cb (gpointer data)
{
  BsWelcomePage *self = BS_WELCOME_PAGE (data);

  self->examples_idle = 0;
  if (!self->examples_filled && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->examples_filled = TRUE;
      fill_examples (self);
    }

  return G_SOURCE_REMOVE;
}

static void
recent_files_changed_cb (BsWelcomePage *self)
{
  fill_recent (self);
}

/* Only once the page shows: opening a file directly should not pay for
 * reading every example. Not at once, but before the first frame (a high
 * idle runs ahead of layout and drawing), so the examples do not pop in
 * late. */
static void
bs_welcome_page_map (GtkWidget *widget)
{
  BsWelcomePage *self = BS_WELCOME_PAGE (widget);

  GTK_WIDGET_CLASS (bs_welcome_page_parent_class)->map (widget);

  if (!self->examples_filled && self->examples_idle == 0)
    self->examples_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fill_examples_idle_cb,
                                           g_object_ref (self), g_object_unref);
}

static void
bs_welcome_page_dispose (GObject *object)
{
  BsWelcomePage *self = BS_WELCOME_PAGE (object);

  g_clear_handle_id (&self->examples_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_WELCOME_PAGE);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bs_welcome_page_parent_class)->dispose (object);
}

static void
bs_welcome_page_class_init (BsWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_welcome_page_dispose;

  widget_class->map = bs_welcome_page_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-welcome-page.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, BsWelcomePage, examples_list);
  gtk_widget_class_bind_template_child (widget_class, BsWelcomePage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, BsWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, BsWelcomePage, examples_group);
}

static void
bs_welcome_page_init (BsWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bs_a11y_repair_names (GTK_WIDGET (self));

  /* Every window's list follows the setting, whichever window opened or
   * saved the file. */
  self->settings = bs_settings_new ();
  g_signal_connect_object (self->settings, "changed::recent-files", G_CALLBACK (recent_files_changed_cb),
                           self, G_CONNECT_SWAPPED);
  fill_recent (self);
}

GtkWidget *
bs_welcome_page_new (void)
{
  return g_object_new (BS_TYPE_WELCOME_PAGE, NULL);
}

/**
 * bs_welcome_page_get_examples_list:
 *
 * Returns: (transfer none): the list of examples, empty until the page
 *   has been shown
 */
GtkListBox *
bs_welcome_page_get_examples_list (BsWelcomePage *self)
{
  g_return_val_if_fail (BS_IS_WELCOME_PAGE (self), NULL);

  return self->examples_list;
}

/**
 * bs_welcome_page_get_recent_list:
 *
 * Returns: (transfer none): the list of recent files that still exist
 */
GtkListBox *
bs_welcome_page_get_recent_list (BsWelcomePage *self)
{
  g_return_val_if_fail (BS_IS_WELCOME_PAGE (self), NULL);

  return self->recent_list;
}
