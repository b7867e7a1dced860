/*
 * CGLPK — see include/CGLPK.h for why this file exists.
 *
 * Every public function that calls GLPK does so between GUARD_BEGIN and GUARD_END: setjmp is
 * called in that function's own frame, the error hook longjmps back into it, and the function
 * returns CGLPK_FATAL. Nothing between setjmp and a possible longjmp modifies a local variable
 * that is read afterwards (C11 7.13.2.1), so no local needs `volatile`.
 */
#include "CGLPK.h"

#include <glpk.h>
#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

_Static_assert(CGLPK_STATUS_OPT == GLP_OPT && CGLPK_STATUS_FEAS == GLP_FEAS &&
               CGLPK_STATUS_NOFEAS == GLP_NOFEAS && CGLPK_STATUS_UNDEF == GLP_UNDEF,
               "status codes match GLPK");
_Static_assert(CGLPK_RC_EITLIM == GLP_EITLIM && CGLPK_RC_ETMLIM == GLP_ETMLIM && CGLPK_RC_ENOPFS == GLP_ENOPFS &&
               CGLPK_RC_ESTOP == GLP_ESTOP && CGLPK_RC_EMIPGAP == GLP_EMIPGAP,
               "return codes match GLPK");
_Static_assert(CGLPK_BR_PCH == GLP_BR_PCH && CGLPK_BR_DTH == GLP_BR_DTH &&
               CGLPK_BT_BLB == GLP_BT_BLB && CGLPK_BT_BPH == GLP_BT_BPH,
               "techniques match GLPK");
_Static_assert(CGLPK_FREE == GLP_FR && CGLPK_FIXED == GLP_FX, "bound types match GLPK");

struct CGLPK_Problem {
    glp_prob *prob;
    /** The thread's environment generation when this problem was created. */
    unsigned long generation;
};

/* Per-thread state: GLPK's environment is per thread, and so is everything about it here. */
static _Thread_local jmp_buf *tls_jump;
static _Thread_local unsigned long tls_generation;
static _Thread_local int tls_live;
static _Thread_local char tls_tail[1024];
static _Thread_local size_t tls_tail_len;

/* Keep the last part of GLPK's terminal output, so a fatal error can say what GLPK said. */
static int term_hook(void *info, const char *s) {
    (void)info;
    size_t n = strlen(s);
    size_t cap = sizeof tls_tail - 1;
    if (n >= cap) {
        memcpy(tls_tail, s + (n - cap), cap);
        tls_tail_len = cap;
    } else {
        if (tls_tail_len + n > cap) {
            size_t drop = tls_tail_len + n - cap;
            memmove(tls_tail, tls_tail + drop, tls_tail_len - drop);
            tls_tail_len -= drop;
        }
        memcpy(tls_tail + tls_tail_len, s, n);
        tls_tail_len += n;
    }
    tls_tail[tls_tail_len] = '\0';
    return 1; /* nonzero: GLPK prints nothing itself */
}

static void error_hook(void *info) {
    (void)info;
    if (tls_jump != NULL) {
        longjmp(*tls_jump, 1);
    }
    /* Outside a guard GLPK aborts; by construction every GLPK call here is guarded. */
}

static void guard_enter(jmp_buf *jump) {
    tls_jump = jump;
    tls_tail_len = 0;
    tls_tail[0] = '\0';
    glp_term_hook(term_hook, NULL);
    glp_error_hook(error_hook, NULL);
}

static void guard_leave(void) {
    glp_error_hook(NULL, NULL);
    tls_jump = NULL;
}

static void set_error(CGLPK_Error *error, const char *prefix, const char *detail) {
    if (error == NULL) return;
    snprintf(error->message, sizeof error->message, "%s%s", prefix, detail);
    /* GLPK's messages end with a newline; a message of ours does not. */
    size_t n = strlen(error->message);
    while (n > 0 && (error->message[n - 1] == '\n' || error->message[n - 1] == ' ')) {
        error->message[--n] = '\0';
    }
}

/* After a fatal error GLPK's environment must be freed; that frees every problem of the thread. */
static void guard_recover(CGLPK_Error *error) {
    tls_jump = NULL;
    set_error(error, "GLPK fatal error: ", tls_tail_len > 0 ? tls_tail : "(no message)");
    glp_free_env();
    tls_generation += 1;
    tls_live = 0;
}

/* GUARD_BEGIN_FREEING also frees what the function allocated before the guard (set before
   setjmp and never changed after it, so no `volatile` is needed). */
#define GUARD_BEGIN_FREEING(error, cleanup) \
    jmp_buf guard_jump;                     \
    if (setjmp(guard_jump) != 0) {          \
        guard_recover(error);               \
        cleanup;                            \
        return CGLPK_FATAL;                 \
    }                                       \
    guard_enter(&guard_jump)

#define GUARD_BEGIN(error) GUARD_BEGIN_FREEING(error, (void)0)

#define GUARD_END() guard_leave()

static int alive(const CGLPK_Problem *problem, CGLPK_Error *error) {
    if (problem == NULL) {
        set_error(error, "invalid argument: ", "no problem");
        return CGLPK_INVALID;
    }
    if (problem->prob == NULL || problem->generation != tls_generation) {
        set_error(error, "GLPK problem is no longer usable: ",
                  "an earlier fatal error freed this thread's GLPK environment");
        return CGLPK_DEAD;
    }
    return CGLPK_OK;
}

int CGLPK_live_problems(void) {
    return tls_live;
}

const char *CGLPK_version(void) {
    return glp_version();
}

CGLPK_Problem *CGLPK_problem_create(CGLPK_Error *error) {
    CGLPK_Problem *problem = calloc(1, sizeof *problem);
    if (problem == NULL) {
        set_error(error, "out of memory", "");
        return NULL;
    }
    jmp_buf guard_jump;
    if (setjmp(guard_jump) != 0) {
        guard_recover(error);
        free(problem);
        return NULL;
    }
    guard_enter(&guard_jump);
    problem->prob = glp_create_prob();
    GUARD_END();
    problem->generation = tls_generation;
    tls_live += 1;
    return problem;
}

void CGLPK_problem_delete(CGLPK_Problem *problem) {
    if (problem == NULL) return;
    if (problem->prob != NULL && problem->generation == tls_generation) {
        jmp_buf guard_jump;
        if (setjmp(guard_jump) != 0) {
            guard_recover(NULL);
            free(problem);
            return;
        }
        guard_enter(&guard_jump);
        glp_delete_prob(problem->prob);
        GUARD_END();
        tls_live -= 1;
        if (tls_live <= 0) {
            tls_live = 0;
            glp_free_env();
        }
    }
    free(problem);
}

int CGLPK_load(CGLPK_Problem *problem, const CGLPK_Model *m, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    if (m == NULL || m->rows < 0 || m->cols < 0 || m->entries < 0) {
        set_error(error, "invalid argument: ", "negative size");
        return CGLPK_INVALID;
    }
    /* glp_load_matrix wants 1-based arrays; build them before entering GLPK. */
    int *ia = malloc(sizeof(int) * (size_t)(m->entries + 1));
    int *ja = malloc(sizeof(int) * (size_t)(m->entries + 1));
    double *ar = malloc(sizeof(double) * (size_t)(m->entries + 1));
    if (ia == NULL || ja == NULL || ar == NULL) {
        free(ia); free(ja); free(ar);
        set_error(error, "out of memory", "");
        return CGLPK_INVALID;
    }
    for (int k = 0; k < m->entries; k++) {
        ia[k + 1] = m->entryRow[k];
        ja[k + 1] = m->entryCol[k];
        ar[k + 1] = m->entryValue[k];
    }
    GUARD_BEGIN_FREEING(error, (free(ia), free(ja), free(ar)));
    glp_prob *P = problem->prob;
    glp_erase_prob(P);
    glp_set_obj_dir(P, m->maximize ? GLP_MAX : GLP_MIN);
    if (m->rows > 0) glp_add_rows(P, m->rows);
    if (m->cols > 0) glp_add_cols(P, m->cols);
    for (int i = 0; i < m->rows; i++) {
        glp_set_row_bnds(P, i + 1, m->rowType[i], m->rowLower[i], m->rowUpper[i]);
    }
    for (int j = 0; j < m->cols; j++) {
        int kind = m->colKind[j];
        /* glp_set_col_kind(GLP_BV) resets bounds to [0, 1]; set kind first, bounds after. */
        glp_set_col_kind(P, j + 1, kind == CGLPK_BINARY ? GLP_BV : kind == CGLPK_INTEGER ? GLP_IV : GLP_CV);
        glp_set_col_bnds(P, j + 1, m->colType[j], m->colLower[j], m->colUpper[j]);
        glp_set_obj_coef(P, j + 1, m->objective[j]);
    }
    if (m->entries > 0) glp_load_matrix(P, m->entries, ia, ja, ar);
    GUARD_END();
    free(ia); free(ja); free(ar);
    return CGLPK_OK;
}

/* Interruption: one process-wide request, set from a signal handler (a lock-free atomic is
   async-signal-safe) and read by every search thread. */
static atomic_int interrupt_requested;
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "atomic_int is lock-free, so safe in a signal handler");

void CGLPK_interrupt_request(void) { atomic_store(&interrupt_requested, 1); }
int CGLPK_interrupt_requested(void) { return atomic_load(&interrupt_requested); }
void CGLPK_interrupt_reset(void) { atomic_store(&interrupt_requested, 0); }

static void on_sigint(int signo) {
    if (atomic_exchange(&interrupt_requested, 1)) {
        /* Second Ctrl-C: the user wants out now. */
        signal(signo, SIG_DFL);
        raise(signo);
    }
}

void CGLPK_interrupt_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
}

static double monotonic_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

/* State shared with the branch-and-cut callback. */
struct search {
    const CGLPK_MIPParams *params;
    CGLPK_MIPResult *result;
    const double *incumbent1; /* 1-based copy of the incumbent, or NULL */
    int cols;
    double started;      /* monotonic seconds at the start of the search */
    double lastProgress; /* monotonic seconds of the last progress line, or 0 */
    int progressShown;
};

/* One progress line: elapsed, nodes, incumbent, bound, gap. Written with write(2), which is
   unbuffered, so lines from a search never interleave with stdout's plan. */
static void show_progress(glp_tree *T, struct search *s, int final) {
    const CGLPK_MIPParams *p = s->params;
    if (p->progressFd < 0) return;
    double now = monotonic_seconds();
    if (!final && now - s->lastProgress < (double)p->progressEveryMs / 1000.0) return;
    s->lastProgress = now;
    char line[256];
    int n;
    if (final) {
        if (!s->progressShown || p->progressNewline) return;
        n = snprintf(line, sizeof line, "\r\033[K");
    } else {
        glp_prob *mip = glp_ios_get_prob(T);
        int has = glp_mip_status(mip) == GLP_FEAS || glp_mip_status(mip) == GLP_OPT;
        double value = has ? glp_mip_obj_val(mip) : 0;
        const CGLPK_MIPResult *r = s->result;
        char plan[48] = "none yet", bound[48] = "-", gap[48] = "-";
        if (has) snprintf(plan, sizeof plan, "%.2f", value);
        if (r->hasBound) snprintf(bound, sizeof bound, "%.2f", r->bound);
        if (has && r->hasBound) {
            double g = (r->bound - value) / (fabs(r->bound) > 1 ? fabs(r->bound) : 1);
            snprintf(gap, sizeof gap, "%.3f%%", (g > 0 ? g : 0) * 100);
        }
        n = snprintf(line, sizeof line, "%s%s: %.1f s, %d nodes, plan %s, bound %s, gap %s%s",
                     p->progressNewline ? "" : "\r", p->progressLabel ? p->progressLabel : "search",
                     p->progressOffsetSeconds + (now - s->started), r->nodes, plan, bound, gap,
                     p->progressNewline ? "\n" : "\033[K");
        s->progressShown = 1;
    }
    if (n > 0) {
        ssize_t ignored = write(p->progressFd, line, (size_t)(n < (int)sizeof line ? n : (int)sizeof line - 1));
        (void)ignored;
    }
}

static void note_bound(glp_tree *T, struct search *s) {
    int best = glp_ios_best_node(T);
    if (best == 0) return;
    double b = glp_ios_node_bound(T, best);
    if (!(b > -DBL_MAX && b < DBL_MAX)) return;
    glp_prob *mip = glp_ios_get_prob(T);
    if (glp_mip_status(mip) == GLP_FEAS || glp_mip_status(mip) == GLP_OPT) {
        double incumbent = glp_mip_obj_val(mip);
        if (incumbent > b) b = incumbent; /* nodes fathomed by the incumbent are covered by it */
    }
    if (!s->result->hasBound || b < s->result->bound) {
        s->result->bound = b;
        s->result->hasBound = 1;
    }
}

static void search_callback(glp_tree *T, void *info) {
    struct search *s = info;
    int reason = glp_ios_reason(T);
    if (reason == GLP_IHEUR && s->incumbent1 != NULL && !s->result->incumbentOffered) {
        s->result->incumbentOffered = 1;
        /* With GLPK's MIP presolver on, the tree holds a transformed problem: offer the
           incumbent only when its columns are ours. */
        if (glp_get_num_cols(glp_ios_get_prob(T)) == s->cols) {
            s->result->incumbentAccepted = glp_ios_heur_sol(T, s->incumbent1) == 0;
        }
    }
    /* Every callback: the last bound read should be as close as possible to the one GLPK's
       own gap test uses. */
    note_bound(T, s);
    int active = 0, current = 0, total = 0;
    glp_ios_tree_size(T, &active, &current, &total);
    s->result->nodes = total;
    if (s->params->nodeLimit > 0 && total >= s->params->nodeLimit && !s->result->stoppedByNodeLimit) {
        note_bound(T, s);
        s->result->stoppedByNodeLimit = 1;
        glp_ios_terminate(T);
    }
    show_progress(T, s, 0);
    /* GLPK checks tm_lim only between nodes; the root's cut rounds can run well past it. */
    if (s->params->timeLimitMs > 0 && !s->result->stoppedByTimeLimit
        && monotonic_seconds() - s->started >= (double)s->params->timeLimitMs / 1000.0) {
        note_bound(T, s);
        s->result->stoppedByTimeLimit = 1;
        glp_ios_terminate(T);
    }
    if (s->params->stopOnInterrupt && atomic_load(&interrupt_requested) && !s->result->interrupted) {
        note_bound(T, s);
        s->result->interrupted = 1;
        glp_ios_terminate(T);
    }
}

int CGLPK_intopt(CGLPK_Problem *problem, const CGLPK_MIPParams *params, CGLPK_MIPResult *result,
                 CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    if (params == NULL || result == NULL) {
        set_error(error, "invalid argument: ", "no parameters or result");
        return CGLPK_INVALID;
    }
    memset(result, 0, sizeof *result);
    int cols = 0;
    double *incumbent1 = NULL;
    {
        /* Reading the size cannot fail; the copy is made outside GLPK. */
        cols = glp_get_num_cols(problem->prob);
        if (params->incumbent != NULL && cols > 0) {
            incumbent1 = malloc(sizeof(double) * (size_t)(cols + 1));
            if (incumbent1 != NULL) {
                incumbent1[0] = 0;
                memcpy(incumbent1 + 1, params->incumbent, sizeof(double) * (size_t)cols);
            }
        }
    }
    struct search search = {params, result, incumbent1, cols, monotonic_seconds(), 0, 0};
    search.lastProgress = search.started; /* the first line after one interval: quick solves show none */
    jmp_buf guard_jump;
    if (setjmp(guard_jump) != 0) {
        guard_recover(error);
        free(incumbent1);
        return CGLPK_FATAL;
    }
    guard_enter(&guard_jump);
    glp_prob *P = problem->prob;
    if (!params->presolve) {
        /* Without the MIP presolver glp_intopt needs an optimal LP basis first. */
        glp_smcp smcp;
        glp_init_smcp(&smcp);
        smcp.msg_lev = GLP_MSG_OFF;
        /* GLPK's LP presolver cannot take an empty problem. */
        smcp.presolve = glp_get_num_rows(P) > 0 && glp_get_num_cols(P) > 0 ? GLP_ON : GLP_OFF;
        if (params->timeLimitMs > 0) smcp.tm_lim = params->timeLimitMs;
        int lp = glp_simplex(P, &smcp);
        result->lpStatus = lp == 0 ? glp_get_status(P) : 0;
        if (lp == GLP_ENOPFS) result->lpStatus = GLP_NOFEAS;
        if (result->lpStatus != GLP_OPT) {
            result->returnCode = lp;
            result->status = result->lpStatus == GLP_NOFEAS ? GLP_NOFEAS : GLP_UNDEF;
            GUARD_END();
            free(incumbent1);
            return CGLPK_OK;
        }
        result->rootBound = glp_get_obj_val(P);
    }
    glp_iocp iocp;
    glp_init_iocp(&iocp);
    iocp.msg_lev = GLP_MSG_OFF;
    iocp.mip_gap = params->mipGap;
    iocp.tm_lim = params->timeLimitMs > 0 ? params->timeLimitMs : INT32_MAX;
    iocp.presolve = params->presolve ? GLP_ON : GLP_OFF;
    iocp.gmi_cuts = params->gomoryCuts ? GLP_ON : GLP_OFF;
    iocp.mir_cuts = params->mirCuts ? GLP_ON : GLP_OFF;
    iocp.cov_cuts = params->coverCuts ? GLP_ON : GLP_OFF;
    iocp.clq_cuts = params->cliqueCuts ? GLP_ON : GLP_OFF;
    iocp.fp_heur = params->feasibilityPump ? GLP_ON : GLP_OFF;
    if (params->branching > 0) iocp.br_tech = params->branching;
    if (params->backtracking > 0) iocp.bt_tech = params->backtracking;
    iocp.cb_func = search_callback;
    iocp.cb_info = &search;
    int ret = glp_intopt(P, &iocp);
    result->returnCode = ret;
    result->status = glp_mip_status(P);
    if (result->status == GLP_OPT || result->status == GLP_FEAS) {
        result->objective = glp_mip_obj_val(P);
    }
    if (params->presolve && ret == GLP_ENOPFS) {
        result->status = GLP_NOFEAS;
    }
    result->treeExhausted = (ret == 0 && result->status == GLP_OPT);
    show_progress(NULL, &search, 1);
    GUARD_END();
    free(incumbent1);
    return CGLPK_OK;
}

int CGLPK_mip_values(CGLPK_Problem *problem, double *values, int cols, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    GUARD_BEGIN(error);
    glp_prob *P = problem->prob;
    int n = glp_get_num_cols(P);
    for (int j = 0; j < cols && j < n; j++) {
        values[j] = glp_mip_col_val(P, j + 1);
    }
    GUARD_END();
    return CGLPK_OK;
}

int CGLPK_fixed_duals(CGLPK_Problem *problem, int fixedCount, const int *fixedCols,
                      const double *fixedValues, int rowCount, const int *rows, double *duals,
                      int *lpStatus, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    GUARD_BEGIN(error);
    glp_prob *P = problem->prob;
    for (int k = 0; k < fixedCount; k++) {
        glp_set_col_bnds(P, fixedCols[k], GLP_FX, fixedValues[k], fixedValues[k]);
    }
    glp_smcp smcp;
    glp_init_smcp(&smcp);
    smcp.msg_lev = GLP_MSG_OFF;
    int ret = glp_simplex(P, &smcp);
    if (ret != 0) {
        /* The old basis may be unusable after fixing; start again from a standard basis. */
        glp_std_basis(P);
        ret = glp_simplex(P, &smcp);
    }
    *lpStatus = ret == 0 ? glp_get_status(P) : 0;
    for (int k = 0; k < rowCount; k++) {
        duals[k] = *lpStatus == GLP_OPT ? glp_get_row_dual(P, rows[k]) : 0.0;
    }
    GUARD_END();
    return CGLPK_OK;
}

int CGLPK_add_columns(CGLPK_Problem *problem, int count, const double *objective, const int *colType,
                      const double *colLower, const double *colUpper, const int *starts, const int *rows,
                      const double *values, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    if (count <= 0) return CGLPK_OK;
    if (objective == NULL || colType == NULL || colLower == NULL || colUpper == NULL || starts == NULL) {
        set_error(error, "invalid argument: ", "no column data");
        return CGLPK_INVALID;
    }
    int most = 0;
    for (int c = 0; c < count; c++) {
        int n = starts[c + 1] - starts[c];
        if (n < 0) {
            set_error(error, "invalid argument: ", "column starts decrease");
            return CGLPK_INVALID;
        }
        if (n > most) most = n;
    }
    /* glp_set_mat_col wants 1-based arrays. */
    int *ind = malloc(sizeof(int) * (size_t)(most + 1));
    double *val = malloc(sizeof(double) * (size_t)(most + 1));
    if (ind == NULL || val == NULL) {
        free(ind); free(val);
        set_error(error, "out of memory", "");
        return CGLPK_INVALID;
    }
    GUARD_BEGIN_FREEING(error, (free(ind), free(val)));
    glp_prob *P = problem->prob;
    int first = glp_add_cols(P, count);
    for (int c = 0; c < count; c++) {
        int j = first + c;
        glp_set_col_bnds(P, j, colType[c], colLower[c], colUpper[c]);
        glp_set_obj_coef(P, j, objective[c]);
        int n = starts[c + 1] - starts[c];
        for (int e = 0; e < n; e++) {
            ind[e + 1] = rows[starts[c] + e];
            val[e + 1] = values[starts[c] + e];
        }
        if (n > 0) glp_set_mat_col(P, j, n, ind, val);
    }
    GUARD_END();
    free(ind); free(val);
    return CGLPK_OK;
}

int CGLPK_delete_columns(CGLPK_Problem *problem, int count, const int *cols, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    if (count <= 0) return CGLPK_OK;
    glp_prob *P = problem->prob;
    int n = glp_get_num_cols(P);
    if (cols == NULL || count > n) {
        set_error(error, "invalid argument: ", "columns to delete");
        return CGLPK_INVALID;
    }
    /* glp_del_cols wants a 1-based array. */
    int *num = malloc(sizeof(int) * (size_t)(count + 1));
    if (num == NULL) {
        set_error(error, "out of memory", "");
        return CGLPK_INVALID;
    }
    for (int k = 0; k < count; k++) {
        if (cols[k] < 1 || cols[k] > n) {
            free(num);
            set_error(error, "invalid argument: ", "column number out of range");
            return CGLPK_INVALID;
        }
        num[k + 1] = cols[k];
    }
    GUARD_BEGIN_FREEING(error, free(num));
    glp_del_cols(P, count, num);
    GUARD_END();
    free(num);
    return CGLPK_OK;
}

int CGLPK_simplex(CGLPK_Problem *problem, const CGLPK_LPParams *params, CGLPK_LPResult *result,
                  CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    if (params == NULL || result == NULL) {
        set_error(error, "invalid argument: ", "no parameters or result");
        return CGLPK_INVALID;
    }
    GUARD_BEGIN(error);
    glp_prob *P = problem->prob;
    glp_smcp smcp;
    glp_init_smcp(&smcp);
    smcp.msg_lev = GLP_MSG_OFF;
    if (params->timeLimitMs > 0) smcp.tm_lim = params->timeLimitMs;
    if (params->iterationLimit > 0) smcp.it_lim = params->iterationLimit;
    int ret = glp_simplex(P, &smcp);
    if (ret == GLP_EBADB || ret == GLP_ESING || ret == GLP_ECOND) {
        /* The basis is unusable: start again from a standard basis. */
        glp_std_basis(P);
        ret = glp_simplex(P, &smcp);
    }
    result->returnCode = ret;
    result->status = glp_get_status(P);
    result->objective = glp_get_obj_val(P);
    GUARD_END();
    return CGLPK_OK;
}

int CGLPK_lp_solution(CGLPK_Problem *problem, double *values, int cols, double *duals, int rows,
                      CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    glp_prob *P = problem->prob;
    if (cols < 0 || rows < 0 || cols > glp_get_num_cols(P) || rows > glp_get_num_rows(P)) {
        set_error(error, "invalid argument: ", "solution size");
        return CGLPK_INVALID;
    }
    GUARD_BEGIN(error);
    for (int j = 0; j < cols; j++) values[j] = glp_get_col_prim(P, j + 1);
    for (int i = 0; i < rows; i++) duals[i] = glp_get_row_dual(P, i + 1);
    GUARD_END();
    return CGLPK_OK;
}

int CGLPK_set_name(CGLPK_Problem *problem, int kind, int index, const char *name, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    if (name == NULL || strlen(name) > 255 || kind < 0 || kind > 3) {
        set_error(error, "invalid argument: ", "name");
        return CGLPK_INVALID;
    }
    glp_prob *P = problem->prob;
    int count = kind == 2 ? glp_get_num_rows(P) : kind == 3 ? glp_get_num_cols(P) : 1;
    if (kind >= 2 && (index < 1 || index > count)) {
        set_error(error, "invalid argument: ", "name index");
        return CGLPK_INVALID;
    }
    GUARD_BEGIN(error);
    switch (kind) {
    case 0: glp_set_prob_name(P, name); break;
    case 1: glp_set_obj_name(P, name); break;
    case 2: glp_set_row_name(P, index, name); break;
    default: glp_set_col_name(P, index, name); break;
    }
    GUARD_END();
    return CGLPK_OK;
}

int CGLPK_write(CGLPK_Problem *problem, int format, const char *path, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    if (path == NULL) {
        set_error(error, "invalid argument: ", "no path");
        return CGLPK_INVALID;
    }
    GUARD_BEGIN(error);
    int ret = format == 1 ? glp_write_lp(problem->prob, NULL, path)
                          : glp_write_mps(problem->prob, GLP_MPS_FILE, NULL, path);
    GUARD_END();
    if (ret != 0) {
        set_error(error, "GLPK could not write the model: ", tls_tail_len > 0 ? tls_tail : path);
        return CGLPK_INVALID;
    }
    return CGLPK_OK;
}

int CGLPK_debug_invalid_call(CGLPK_Problem *problem, CGLPK_Error *error) {
    int rc = alive(problem, error);
    if (rc != CGLPK_OK) return rc;
    GUARD_BEGIN(error);
    glp_prob *P = problem->prob;
    glp_set_col_bnds(P, glp_get_num_cols(P) + 1, GLP_FX, 0.0, 0.0);
    GUARD_END();
    return CGLPK_OK;
}
