/* bs-application.c: the application: windows, app-wide actions, and recovery after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-application.h"
#include "bs-preferences-window.h"
#include "bs-recovery.h"
#include "bs-window.h"

struct _BsApplication
{
  AdwApplication parent_instance;

  guint          recovery_checked : 1;
};

G_DEFINE_FINAL_TYPE (BsApplication, bs_application, ADW_TYPE_APPLICATION)

static BsWindow *
empty_window (BsApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (BS_IS_WINDOW (active) && bs_window_get_assessment (BS_WINDOW (active)) == NULL)
    return BS_WINDOW (active);

  return bs_window_new (GTK_APPLICATION (self));
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GPtrArray        *paths)
{
  BsApplication *self = BS_APPLICATION (g_application_get_default ());
  g_autoptr(GString) unopened = g_string_new (NULL);
  BsWindow *window = NULL;

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(BsAssessment) assessment = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *original = NULL;
      g_autofree char *kept = NULL;

      if (!g_str_equal (response, "restore"))
        {
          bs_recovery_remove (path);
          continue;
        }

      original = bs_recovery_get_original (path);
      assessment = bs_recovery_load (path, &kept, &error);
      if (assessment == NULL)
        {
          g_autofree char *kept_name = g_filename_display_name (kept);
          g_autofree char *name = original != NULL ? g_filename_display_basename (original) : NULL;

          if (unopened->len > 0)
            g_string_append (unopened, "\n\n");
          if (name != NULL)
            /* Translators: the first %s is a file name, the second the
             * reason, the third where the recovery copy is kept */
            g_string_append_printf (unopened, _("The unsaved changes to “%s” could not be restored: %s The recovery copy was not deleted; it is kept as “%s”."),
                                    name, error->message, kept_name);
          else
            g_string_append_printf (unopened, _("The unsaved changes to a new assessment could not be restored: %s The recovery copy was not deleted; it is kept as “%s”."),
                                    error->message, kept_name);
          continue;
        }

      window = empty_window (self);
      bs_window_restore_recovery (window, assessment, path, original);
      gtk_window_present (GTK_WINDOW (window));
    }

  if (unopened->len > 0)
    {
      GtkWindow *parent = window != NULL ? GTK_WINDOW (window)
                                         : gtk_application_get_active_window (GTK_APPLICATION (self));
      GtkWidget *notice = adw_message_dialog_new (parent, _("Unsaved Work Not Restored"), unopened->str);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (notice), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (notice));
    }
}

/* Runs once, when the first window shows: recovery copies left then are
 * from a session that ended without saving. */
static void
offer_recovery (BsApplication *self,
                GtkWindow     *parent)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->recovery_checked)
    return;
  self->recovery_checked = TRUE;

  paths = bs_recovery_list ();
  if (paths->len == 0)
    return;

  {
    g_autoptr(GString) names = g_string_new (NULL);

    /* Name each one: "an assessment" does not tell which of several
     * files the user is about to get back or throw away. */
    for (guint i = 0; i < paths->len; i++)
      {
        g_autofree char *name = bs_recovery_describe (g_ptr_array_index (paths, i));

        g_string_append_printf (names, "\n• %s", name);
      }

    g_string_prepend (names, g_dngettext (GETTEXT_PACKAGE,
                                          "Blendscan closed before this assessment was saved. Its unsaved changes can be restored:",
                                          "Blendscan closed before these assessments were saved. Their unsaved changes can be restored:",
                                          paths->len));
    body = g_string_free (g_steal_pointer (&names), FALSE);
  }
  dialog = adw_message_dialog_new (parent, _("Restore Unsaved Work?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  g_signal_connect_data (dialog, "response", G_CALLBACK (restore_response_cb),
                         g_steal_pointer (&paths), (GClosureNotify) (void (*) (void)) g_ptr_array_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (bs_window_new (GTK_APPLICATION (user_data))));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *window = bs_preferences_window_new ();

  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { _("The Blendscan developers"), NULL };
  g_autofree char *embed = g_strdup_printf ("%s https://embed.eadtu.eu",
                                            _("European Maturity Model for Blended Education (EMBED), Erasmus+ 2017–2020, CC BY 4.0"));
  const char *model[] = { embed, NULL };
  g_autofree char *copyright = g_strdup_printf (_("© %d The Blendscan developers"), 2026);
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Blendscan"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Blendscan developers"),
                        "developers", developers,
                        "comments", _("Self-assessment of blended education in higher education: course, programme and institution."),
                        "website", "https://github.com/blendscan/blendscan",
                        "issue-url", "https://github.com/blendscan/blendscan/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", copyright,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  /* The default framework is written after EMBED; its makers deserve the
   * credit a reader of the report would look for here. */
  adw_about_window_add_acknowledgement_section (about,
                                                _("Maturity model"),
                                                model);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Each window asks about its own unsaved changes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
bs_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (bs_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);

  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.new-window",
                                         (const char *[]) { "<Control><Shift>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
}

static void
bs_application_activate (GApplication *application)
{
  BsApplication *self = BS_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (bs_window_new (GTK_APPLICATION (application)));

  gtk_window_present (window);
  offer_recovery (self, window);
}

static void
bs_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  BsApplication *self = BS_APPLICATION (application);
  BsWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      window = empty_window (self);
      gtk_window_present (GTK_WINDOW (window));

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autofree char *message = g_strdup_printf (_("%s is not a local file."), uri);

          bs_window_show_error (window, _("Could Not Open File"), message);
          continue;
        }

      bs_window_open_path (window, path);
    }

  if (window != NULL)
    offer_recovery (self, GTK_WINDOW (window));
}

static void
bs_application_class_init (BsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = bs_application_startup;
  app_class->activate = bs_application_activate;
  app_class->open = bs_application_open;
}

static void
bs_application_init (BsApplication *self)
{
}

BsApplication *
bs_application_new (void)
{
  return g_object_new (BS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/blendscan/Blendscan",
                       NULL);
}
