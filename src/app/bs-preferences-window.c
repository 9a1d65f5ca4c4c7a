/* bs-preferences-window.c: report language and author name, kept in GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-text-limit.h"
#include "bs-preferences-window.h"
#include "bs-settings.h"

struct _BsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *language_row;
  AdwEntryRow          *author_row;
};

G_DEFINE_FINAL_TYPE (BsPreferencesWindow, bs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the language row's choices. */
static const char * const languages[] = { "auto", "en", "nl" };

static gboolean
language_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *lang = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (lang, languages[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
language_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (languages[i < G_N_ELEMENTS (languages) ? i : 0]);
}

static void
bs_preferences_window_dispose (GObject *object)
{
  BsPreferencesWindow *self = (BsPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bs_preferences_window_parent_class)->dispose (object);
}

static void
bs_preferences_window_class_init (BsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BsPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, BsPreferencesWindow, author_row);
}

static void
bs_preferences_window_init (BsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  bs_text_limit_attach (GTK_WIDGET (self->author_row));

  self->settings = bs_settings_new ();
  g_settings_bind_with_mapping (self->settings, "report-language",
                                self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                language_get_mapping, language_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
bs_preferences_window_new (void)
{
  return g_object_new (BS_TYPE_PREFERENCES_WINDOW, NULL);
}
