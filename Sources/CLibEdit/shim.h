#ifndef CASELOAD_CLIBEDIT_SHIM_H
#define CASELOAD_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>

/* el_set, el_get and history are C variadics, which Swift cannot call: one small
   wrapper per option caseload uses. */

typedef unsigned char (*caseload_el_fn)(EditLine *, int);

static inline EditLine *caseload_el_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}
static inline int caseload_el_set_prompt(EditLine *el, char *(*fn)(EditLine *)) {
  return el_set(el, EL_PROMPT, fn);
}
static inline int caseload_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int caseload_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int caseload_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int caseload_el_add_function(EditLine *el, const char *name, const char *help,
                                           caseload_el_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int caseload_el_bind(EditLine *el, const char *keys, const char *command) {
  return el_set(el, EL_BIND, keys, command, NULL);
}
static inline int caseload_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *caseload_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

/* Ctrl-C reaches the editor as a byte rather than as SIGINT while a line is edited, so it
   is read in order with the keys typed before it (a signal could arrive while libedit is
   busy and be lost); caseload's own read function turns it into "drop this line". */
static inline int caseload_el_keep_interrupt_key(EditLine *el) {
  const char *argv[] = {"setty", "-d", "-isig", NULL};
  return el_parse(el, 3, argv);
}

typedef int (*caseload_el_read_fn)(EditLine *, wchar_t *);
static inline int caseload_el_set_read_function(EditLine *el, caseload_el_read_fn fn) {
  return el_set(el, EL_GETCFN, fn);
}

static inline History *caseload_history_init(void) { return history_init(); }
static inline int caseload_history_setsize(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int caseload_history_setunique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int caseload_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
static inline int caseload_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
static inline int caseload_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

#endif
