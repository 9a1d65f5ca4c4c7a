/* bs-settings.c: the app's GSettings, found installed or in the build tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "blendscan-core.h"
#include "bs-settings.h"

#define MAX_RECENT 8

/**
 * bs_settings_new:
 *
 * g_settings_new() aborts when the schema is not installed; running from
 * the build tree should just work, so look there too.
 *
 * Returns: (transfer full): the settings
 */
GSettings *
bs_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  /* From the build tree, GSETTINGS_SCHEMA_DIR points at the compiled
   * schema (meson devenv, tools/run and the tests set it). */
  if (schema == NULL)
    g_error ("The settings schema %s is not installed", APPLICATION_ID);

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * bs_settings_get_report_language:
 *
 * Returns: (transfer full): "en" or "nl"
 */
char *
bs_settings_get_report_language (GSettings *settings)
{
  g_autofree char *lang = g_settings_get_string (settings, "report-language");

  if (g_strcmp0 (lang, "en") == 0 || g_strcmp0 (lang, "nl") == 0)
    return g_steal_pointer (&lang);

  return g_strdup (bs_default_language ());
}

/**
 * bs_settings_add_recent:
 *
 * Puts @path first in the recent files, once.
 */
void
bs_settings_add_recent (GSettings  *settings,
                        const char *path)
{
  g_auto(GStrv) old = g_settings_get_strv (settings, "recent-files");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], path) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-files", (const char * const *) recent);
}
