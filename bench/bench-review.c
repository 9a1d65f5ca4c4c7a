/* bench-review.c: opening a team file of 1,000 respondents in the app, and stepping in its review meeting
 *
 * Run under a display at the projector's size, e.g.
 *   xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- BUILD/bench/bench-review [STEPS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-review-window.h"
#include "bs-window.h"

#define N_RESPONDENTS 1000

static const char * const roles[] = {
  BS_ROLE_TEACHER, BS_ROLE_STUDENT, BS_ROLE_PROGRAMME_MANAGEMENT, BS_ROLE_SUPPORT_STAFF,
};

/* A team of @n over the whole default framework, every level included:
 * stages around a per-statement centre, some far apart, some N/A and
 * "don't know", a note from one in twelve. Seeded, so runs compare. */
static BsAssessment *
make_team (guint n)
{
  BsFramework *framework = bs_framework_get_default ();
  BsAssessment *assessment = bs_assessment_new (framework);
  GListModel *levels = bs_framework_get_levels (framework);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) level_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) respondents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);
  g_autoptr(GError) error = NULL;

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *dimensions = bs_level_get_dimensions (level);

      g_ptr_array_add (level_ids, g_strdup (bs_level_get_id (level)));
      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);

              g_ptr_array_add (ids, g_strdup (bs_statement_get_id (statement)));
            }
        }
    }
  g_ptr_array_add (level_ids, NULL);
  bs_assessment_set_levels (assessment, (const char * const *) level_ids->pdata);
  bs_assessment_set_title (assessment, "Bench: 1,000 respondents");

  for (guint r = 0; r < n; r++)
    {
      g_autofree char *id = g_strdup_printf ("r-%05u", r);
      g_autofree char *name = g_strdup_printf ("Respondent %u", r + 1);
      BsRespondent *respondent = bs_respondent_new (id, name, roles[r % G_N_ELEMENTS (roles)]);

      for (guint k = 0; k < ids->len; k++)
        {
          const char *statement = g_ptr_array_index (ids, k);
          double roll = g_rand_double (rand);
          int centre = 1 + (int) (k % 4), value;

          if (roll < 0.03)
            value = BS_VALUE_NOT_APPLICABLE;
          else if (roll < 0.06)
            value = BS_VALUE_UNKNOWN;
          else if (k % 5 == 0)
            /* far apart */
            value = g_rand_int_range (rand, 1, 5);
          else
            {
              /* one draw: CLAMP evaluates its argument more than once */
              value = centre + g_rand_int_range (rand, -1, 2);
              value = CLAMP (value, 1, 4);
            }
          bs_respondent_set_value (respondent, statement, value);
          if (g_rand_int_range (rand, 0, 12) == 0)
            bs_answer_set_note (bs_respondent_get_answer (respondent, statement),
                                "Een toelichting van een respondent, lang genoeg om over twee regels te lopen "
                                "als de kolom smal is.");
        }
      g_ptr_array_add (respondents, respondent);
    }

  if (!bs_team_add_respondents (bs_assessment_get_team (assessment), (BsRespondent * const *) respondents->pdata,
                                respondents->len, NULL, &error))
    g_error ("%s", error->message);

  return assessment;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *values)
{
  double sum = 0;

  if (values->len == 0)
    return;

  g_array_sort (values, compare_double);
  for (guint i = 0; i < values->len; i++)
    sum += g_array_index (values, double, i);
  printf ("%-44s n=%3u  median %6.2f ms  mean %6.2f ms  p90 %6.2f ms  max %6.2f ms\n", what, values->len,
          g_array_index (values, double, values->len / 2), sum / values->len,
          g_array_index (values, double, (values->len * 9) / 10), g_array_index (values, double, values->len - 1));
}

typedef struct
{
  GMainLoop      *loop;
  BsReviewWindow *review;
  GdkFrameClock  *clock;
  guint           steps_left;
  gboolean        stepped;
  gboolean        level_step;
  gint64          step_start;     /* before the step's own work */
  double          step_work;      /* the step's own work, ms */
  gint64          frame_start;    /* the frame's first phase after the step */
  gint64          paint_start;    /* its layout phase done: snapshot and render next */
  GArray         *layout_ms;      /* the frame up to the end of its layout phase */
  GArray         *paint_ms;       /* the paint phase: snapshot and render */
  GArray         *step_ms;        /* step → painted, statements */
  GArray         *level_ms;       /* the same, for a level's radar */
  GArray         *work_ms;        /* the step's work + the frame's work */
  GArray         *action_ms;      /* the step's own work: the page set to the next statement */
  GArray         *frame_interval; /* frame time minus the previous frame's */
  double          cpu_start;      /* the main thread's CPU time at the step, ms */
  double          cpu_step;       /* … that the step itself took */
  double          cpu_frame;      /* … at the frame's first phase */
  GArray         *cpu_path_ms;    /* the step's and its frame's CPU time, without what ran between */
  GArray         *cpu_ms;         /* the main thread's CPU time from the step to its frame */
  gint64          last_frame_time;
  gboolean        painted;
} Run;

/* The main thread's CPU time: what a step costs, without the wait for
 * the frame clock's next frame and without what the other processes on
 * a busy machine take from it. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The X server's CPU time so far, in ms, or -1: under X11 the cairo
 * renderer's drawing is partly the server's (Xvfb draws in software). Its
 * process is the Xvfb serving $DISPLAY. */
static double
x_server_cpu_ms (void)
{
  const char *display = g_getenv ("DISPLAY");
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;

  if (display == NULL || proc == NULL)
    return -1;

  while ((name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *cmdline_path = g_build_filename ("/proc", name, "cmdline", NULL);
      g_autofree char *stat_path = g_build_filename ("/proc", name, "stat", NULL);
      g_autofree char *cmdline = NULL;
      g_autofree char *stat = NULL;
      gsize len;
      gboolean xvfb = FALSE, ours = FALSE;
      unsigned long utime, stime;
      const char *fields;

      if (!g_ascii_isdigit (name[0]) || !g_file_get_contents (cmdline_path, &cmdline, &len, NULL))
        continue;
      /* arguments are separated by NULs */
      for (const char *arg = cmdline; arg < cmdline + len; arg += strlen (arg) + 1)
        {
          xvfb |= g_str_has_suffix (arg, "Xvfb");
          ours |= g_str_equal (arg, display);
        }
      if (!xvfb || !ours || !g_file_get_contents (stat_path, &stat, NULL, NULL))
        continue;
      /* after "(comm) ": state, then 10 fields, then utime and stime */
      fields = strrchr (stat, ')');
      if (fields == NULL || sscanf (fields + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu",
                                    &utime, &stime) != 2)
        return -1;
      return (utime + stime) * 1000.0 / sysconf (_SC_CLK_TCK);
    }

  return -1;
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Run           *run)
{
  if (run->stepped && run->frame_start == 0)
    {
      run->frame_start = g_get_monotonic_time ();
      run->cpu_frame = cpu_ms ();
    }
}

/* Connected after the surface's own handler of "layout": the window's
 * layout is done, its snapshot and render (in "paint") come next. A
 * handler of "paint" would run after the surface's, which renders. */
static void
layout_done_cb (GdkFrameClock *clock,
                Run           *run)
{
  if (run->stepped)
    run->paint_start = g_get_monotonic_time ();
}

static gboolean
step_cb (gpointer data)
{
  Run *run = data;
  const BsReviewSteps *steps = bs_review_window_get_steps (run->review);
  guint n = bs_review_steps_get_n_steps (steps), next;

  if (run->steps_left == 0)
    {
      g_main_loop_quit (run->loop);
      return G_SOURCE_REMOVE;
    }

  /* forwards, and round again from the start at the end */
  next = (bs_review_window_get_step (run->review) + 1) % n;
  run->level_step = bs_review_steps_get_kind (steps, next) == BS_REVIEW_STEP_LEVEL;
  run->stepped = TRUE;
  run->frame_start = 0;
  run->step_start = g_get_monotonic_time ();
  run->cpu_start = cpu_ms ();
  if (next == 0)
    gtk_widget_activate_action (GTK_WIDGET (run->review), "review.first", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (run->review), "review.next", NULL);
  run->step_work = (g_get_monotonic_time () - run->step_start) / 1000.0;
  run->cpu_step = cpu_ms () - run->cpu_start;
  run->steps_left--;

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  gint64 now = g_get_monotonic_time ();
  gint64 frame_time = gdk_frame_clock_get_frame_time (clock);

  run->painted = TRUE;
  if (!run->stepped)
    return;

  run->stepped = FALSE;
  g_array_append_val (run->level_step ? run->level_ms : run->step_ms,
                      (double) { (now - run->step_start) / 1000.0 });
  if (!run->level_step)
    {
      g_array_append_val (run->action_ms, run->step_work);
      g_array_append_val (run->cpu_ms, (double) { cpu_ms () - run->cpu_start });
      if (run->frame_start > 0)
        g_array_append_val (run->cpu_path_ms, (double) { run->cpu_step + cpu_ms () - run->cpu_frame });
      if (run->frame_start > 0 && run->paint_start > run->frame_start)
        {
          g_array_append_val (run->layout_ms, (double) { (run->paint_start - run->frame_start) / 1000.0 });
          g_array_append_val (run->paint_ms, (double) { (now - run->paint_start) / 1000.0 });
        }
      g_array_append_val (run->work_ms,
                          (double) { run->step_work + (now - MAX (run->frame_start, run->step_start)) / 1000.0 });
      if (run->last_frame_time > 0)
        g_array_append_val (run->frame_interval, (double) { (frame_time - run->last_frame_time) / 1000.0 });
    }
  run->last_frame_time = frame_time;

  /* the next step once this frame is out */
  g_idle_add_full (G_PRIORITY_DEFAULT, step_cb, run, NULL);
}

static gboolean
was_painted (gpointer data)
{
  Run *run = data;

  return run->painted;
}

static void
run_until (gboolean (*done) (gpointer),
           gpointer data)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  guint n_steps = argc > 1 ? (guint) atoi (argv[1]) : 100;
  g_autoptr(BsAssessment) generated = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_ms = g_array_new (FALSE, FALSE, sizeof (double));
  Run run = { 0 };
  BsWindow *window;
  double x_cpu;
  GStatBuf st;
  gint64 t0;

  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BS_BUILD_SCHEMA_DIR, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);

  if (!gtk_init_check ())
    {
      fprintf (stderr, "bench-review: no display; run it under xvfb-run\n");
      return 77;
    }
  adw_init ();

  dir = g_dir_make_tmp ("bench-review-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "team-1000.blendscan", NULL);

  t0 = g_get_monotonic_time ();
  generated = make_team (N_RESPONDENTS);
  if (!bs_assessment_save (generated, path, &error))
    g_error ("%s", error->message);
  g_stat (path, &st);
  printf ("generated %u respondents × %u statements, %.1f MB, in %.0f ms\n", N_RESPONDENTS,
          bs_framework_get_n_statements (bs_assessment_get_framework (generated)),
          st.st_size / 1e6, (g_get_monotonic_time () - t0) / 1000.0);

  /* Loading alone, three times. */
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(BsAssessment) a = NULL;

      t0 = g_get_monotonic_time ();
      a = bs_assessment_load (path, NULL, &error);
      g_assert_no_error (error);
      g_array_append_val (load_ms, (double) { (g_get_monotonic_time () - t0) / 1000.0 });
    }
  report ("load (bs_assessment_load)", load_ms);

  /* Opening in the app: from asking until its first frame is painted. */
  window = bs_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  run_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, window);
  run.clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (run.clock, "after-paint", G_CALLBACK (after_paint_cb), &run);
  for (int i = 0; i < 3; i++)
    {
      run.painted = FALSE;
      t0 = g_get_monotonic_time ();
      if (!bs_window_open_path (window, path))
        g_error ("could not open %s", path);
      gtk_widget_queue_draw (GTK_WIDGET (window));
      run_until (was_painted, &run);
      g_array_append_val (open_ms, (double) { (g_get_monotonic_time () - t0) / 1000.0 });
    }
  g_signal_handlers_disconnect_by_data (run.clock, &run);
  report ("open in the app, until painted", open_ms);

  /* The review meeting at the screen's size, stepping forwards. */
  run.loop = g_main_loop_new (NULL, FALSE);
  run.step_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run.level_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run.work_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run.action_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run.layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run.paint_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run.frame_interval = g_array_new (FALSE, FALSE, sizeof (double));
  run.cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run.cpu_path_ms = g_array_new (FALSE, FALSE, sizeof (double));
  t0 = g_get_monotonic_time ();
  run.review = bs_review_window_open (GTK_WINDOW (window), bs_window_get_assessment (window),
                                      bs_window_get_undo_stack (window));
  run_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, run.review);
  run.clock = gtk_widget_get_frame_clock (GTK_WIDGET (run.review));
  run.painted = FALSE;
  g_signal_connect (run.clock, "after-paint", G_CALLBACK (after_paint_cb), &run);
  /* the frame starts with its first phase, flushing events */
  g_signal_connect (run.clock, "flush-events", G_CALLBACK (before_paint_cb), &run);
  g_signal_connect (run.clock, "before-paint", G_CALLBACK (before_paint_cb), &run);
  g_signal_connect_after (run.clock, "layout", G_CALLBACK (layout_done_cb), &run);
  run_until (was_painted, &run);
  printf ("review meeting opened (%d×%d), first frame in %.0f ms\n",
          gtk_widget_get_width (GTK_WIDGET (run.review)), gtk_widget_get_height (GTK_WIDGET (run.review)),
          (g_get_monotonic_time () - t0) / 1000.0);

  run.steps_left = n_steps;
  x_cpu = x_server_cpu_ms ();
  g_idle_add (step_cb, &run);
  g_main_loop_run (run.loop);
  if (x_cpu >= 0 && n_steps > 0)
    x_cpu = (x_server_cpu_ms () - x_cpu) / n_steps;

  report ("step → painted, statement", run.step_ms);
  report ("  CPU time of the main thread, step → painted", run.cpu_ms);
  report ("  … of the step and its frame alone", run.cpu_path_ms);
  if (x_cpu >= 0)
    printf ("%-44s mean %6.2f ms (over all steps)\n", "  CPU time of the X server per step", x_cpu);
  report ("  of which work (step + frame phases)", run.work_ms);
  report ("  of which the step itself (page set)", run.action_ms);
  report ("  of which the frame's update and layout", run.layout_ms);
  report ("  of which the frame's paint (snapshot, render)", run.paint_ms);
  report ("  frame time since the previous frame", run.frame_interval);
  report ("step → painted, a level's radar", run.level_ms);

  g_signal_handlers_disconnect_by_data (run.clock, &run);
  gtk_window_destroy (GTK_WINDOW (run.review));
  bs_window_set_assessment (window, bs_window_get_assessment (window), NULL, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_main_loop_unref (run.loop);
  g_array_unref (run.step_ms);
  g_array_unref (run.level_ms);
  g_array_unref (run.work_ms);
  g_array_unref (run.action_ms);
  g_array_unref (run.layout_ms);
  g_array_unref (run.paint_ms);
  g_array_unref (run.frame_interval);
  g_array_unref (run.cpu_ms);
  g_array_unref (run.cpu_path_ms);
  g_unlink (path);
  g_rmdir (dir);

  return 0;
}
