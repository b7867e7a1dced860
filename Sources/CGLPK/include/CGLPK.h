/*
 * CGLPK — the only code in patrolplan that calls GLPK's C API.
 *
 * Why this shim exists: GLPK reports fatal errors (invalid arguments, internal failures) by
 * calling an error hook and then abort(). The only way to survive is to longjmp out of the hook,
 * and Swift can neither call setjmp nor be crossed by a longjmp. So every entry point below is one
 * C function whose whole GLPK work runs inside a setjmp-guarded region: a GLPK fatal error
 * becomes a return code and a message, never an abort and never a jump across Swift frames.
 * The branch-and-bound callback is written in C for the same reason: Swift never runs inside
 * glp_intopt.
 *
 * GLPK's terminal output is routed into a per-thread buffer (never to stdout). After a fatal
 * error GLPK's environment is unusable and is freed (glp_free_env), which also frees every
 * problem of that thread; problems created before then are marked dead and are never touched
 * again. Each thread's environment is freed when its last problem is deleted.
 *
 * A CGLPK_Problem must be used only on the thread that created it.
 */
#ifndef CGLPK_H
#define CGLPK_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Return codes of every fallible entry point. */
enum {
    CGLPK_OK = 0,
    /** GLPK hit a fatal error; the message says which. The problem is dead. */
    CGLPK_FATAL = 1,
    /** The problem was freed by an earlier fatal error on this thread. */
    CGLPK_DEAD = 2,
    /** An argument was rejected before GLPK saw it. */
    CGLPK_INVALID = 3,
};

/** Error text of a failed call. */
typedef struct {
    char message[1024];
} CGLPK_Error;

/** An owned GLPK problem object. */
typedef struct CGLPK_Problem CGLPK_Problem;

/** Solution status (GLPK's GLP_UNDEF … GLP_UNBND; checked at compile time in CGLPK.c). */
enum {
    CGLPK_STATUS_UNDEF = 1, CGLPK_STATUS_FEAS = 2, CGLPK_STATUS_INFEAS = 3,
    CGLPK_STATUS_NOFEAS = 4, CGLPK_STATUS_OPT = 5, CGLPK_STATUS_UNBND = 6,
};
/** Solver return codes used by patrolplan (GLPK's GLP_EITLIM, GLP_ETMLIM, GLP_ENOPFS, GLP_ESTOP, GLP_EMIPGAP). */
enum { CGLPK_RC_EITLIM = 0x08, CGLPK_RC_ETMLIM = 0x09, CGLPK_RC_ENOPFS = 0x0A, CGLPK_RC_ESTOP = 0x0D, CGLPK_RC_EMIPGAP = 0x0E };
/** Branching and backtracking techniques (GLPK's GLP_BR_DTH, GLP_BR_PCH, GLP_BT_BLB, GLP_BT_BPH). */
enum { CGLPK_BR_DTH = 4, CGLPK_BR_PCH = 5, CGLPK_BT_BLB = 3, CGLPK_BT_BPH = 4 };

/** Row and column bound types (GLPK's GLP_FR … GLP_FX). */
enum { CGLPK_FREE = 1, CGLPK_LOWER = 2, CGLPK_UPPER = 3, CGLPK_DOUBLE = 4, CGLPK_FIXED = 5 };
/** Column kinds (GLPK's GLP_CV, GLP_IV, GLP_BV). */
enum { CGLPK_CONTINUOUS = 1, CGLPK_INTEGER = 2, CGLPK_BINARY = 3 };

/**
 * A whole problem, loaded in one call. Arrays are 0-based here (index i is row i+1 in GLPK);
 * matrix entries use 1-based row and column numbers, as glp_load_matrix does.
 */
typedef struct {
    int rows;
    const int *rowType;
    const double *rowLower;
    const double *rowUpper;
    int cols;
    const int *colType;
    const double *colLower;
    const double *colUpper;
    const int *colKind;
    const double *objective;
    int maximize;
    int entries;
    const int *entryRow;
    const int *entryCol;
    const double *entryValue;
} CGLPK_Model;

/** Branch-and-cut settings. */
typedef struct {
    double mipGap;
    /** Wall-clock limit in milliseconds; 0 or less: none. */
    int timeLimitMs;
    /** Deterministic work limit: stop after this many branch-and-bound nodes; 0: none. */
    int nodeLimit;
    int presolve;
    int gomoryCuts, mirCuts, coverCuts, cliqueCuts;
    /** GLP_BR_* and GLP_BT_* codes. */
    int branching, backtracking;
    int feasibilityPump;
    /** Column values (0-based, `cols` of them) offered as the first incumbent, or NULL. */
    const double *incumbent;
    /** Nonzero: stop cleanly at the next callback once CGLPK_interrupt_request() was called
        (by the SIGINT handler of CGLPK_interrupt_install, or directly). */
    int stopOnInterrupt;
    /** File descriptor for a progress line during the search (e.g. 2), or -1 for none. */
    int progressFd;
    /** Nonzero: one line per report (logs); zero: one line rewritten in place (terminals). */
    int progressNewline;
    /** Least time between two progress reports, in milliseconds. */
    int progressEveryMs;
    /** Seconds already spent before this solve, added to the elapsed time shown. */
    double progressOffsetSeconds;
    /** What the line calls this search (e.g. "search"); NULL: "search". */
    const char *progressLabel;
} CGLPK_MIPParams;

/** What one branch-and-cut run did. */
typedef struct {
    /** glp_intopt's return code (0, GLP_ETMLIM, GLP_ESTOP, GLP_EMIPGAP, GLP_ENOPFS, …). */
    int returnCode;
    /** glp_mip_status: GLP_OPT, GLP_FEAS, GLP_NOFEAS or GLP_UNDEF. */
    int status;
    /** glp_get_status after the root LP: GLP_OPT, GLP_NOFEAS, …; 0 if no LP was solved. */
    int lpStatus;
    double objective;
    /** The best (smallest, for maximisation) proven bound seen; valid only if hasBound. */
    double bound;
    int hasBound;
    /** 1 when the search tree was exhausted: the incumbent is optimal. */
    int treeExhausted;
    double rootBound;
    int nodes;
    int incumbentOffered;
    int incumbentAccepted;
    int stoppedByNodeLimit;
    /** The callback ended the search at the time limit (GLPK's own check comes later at the root). */
    int stoppedByTimeLimit;
    int interrupted;
} CGLPK_MIPResult;

/** Simplex settings for a linear program solved warm (a restricted master, re-solved as it grows). */
typedef struct {
    /** Wall-clock limit in milliseconds; 0 or less: none. */
    int timeLimitMs;
    /** Deterministic work limit: simplex iterations; 0 or less: none. */
    int iterationLimit;
} CGLPK_LPParams;

/** What one simplex run did. */
typedef struct {
    /** glp_simplex's return code (0, GLP_EITLIM, GLP_ETMLIM, …). */
    int returnCode;
    /** glp_get_status: GLP_OPT, GLP_FEAS, GLP_NOFEAS, GLP_UNBND, …. */
    int status;
    double objective;
} CGLPK_LPResult;

/**
 * Problems alive on the calling thread. When it returns to 0 the thread's GLPK environment has
 * been freed too (tests use it to check that nothing leaks).
 */
int CGLPK_live_problems(void);

/**
 * Installs a SIGINT handler that calls CGLPK_interrupt_request(): searches run with
 * stopOnInterrupt stop cleanly with their incumbent. A second SIGINT ends the process as usual.
 */
void CGLPK_interrupt_install(void);

/** Asks every search with stopOnInterrupt to stop (async-signal-safe). */
void CGLPK_interrupt_request(void);

/** Whether an interruption was requested. */
int CGLPK_interrupt_requested(void);

/** Clears the request (tests). */
void CGLPK_interrupt_reset(void);

/** The GLPK version string, e.g. "5.0". */
const char *CGLPK_version(void);

/** Create an empty problem, or return NULL and fill `error`. */
CGLPK_Problem *CGLPK_problem_create(CGLPK_Error *error);

/** Delete a problem (safe on a dead one); frees the thread's GLPK environment with the last. */
void CGLPK_problem_delete(CGLPK_Problem *problem);

/** Load rows, columns, bounds, kinds, objective and the whole matrix (one glp_load_matrix). */
int CGLPK_load(CGLPK_Problem *problem, const CGLPK_Model *model, CGLPK_Error *error);

/** Solve the LP relaxation, then branch and cut; results in `result`. */
int CGLPK_intopt(CGLPK_Problem *problem, const CGLPK_MIPParams *params,
                 CGLPK_MIPResult *result, CGLPK_Error *error);

/** Copy the MIP solution's column values (0-based, `cols` of them) into `values`. */
int CGLPK_mip_values(CGLPK_Problem *problem, double *values, int cols, CGLPK_Error *error);

/**
 * Fix the listed columns (1-based numbers) at the given values, solve the remaining LP with the
 * simplex method and write the listed rows' dual values into `duals`. `lpStatus` receives
 * glp_get_status. Used for marginal values.
 */
int CGLPK_fixed_duals(CGLPK_Problem *problem, int fixedCount, const int *fixedCols,
                      const double *fixedValues, int rowCount, const int *rows, double *duals,
                      int *lpStatus, CGLPK_Error *error);

/**
 * Appends `count` continuous columns: objective coefficients, bounds (CGLPK_* bound types) and
 * their entries, column by column: column c's entries are `starts[c] ..< starts[c + 1]` of
 * `rows` (1-based row numbers) and `values`. The basis stays valid (new columns non-basic), so
 * the next CGLPK_simplex starts warm.
 */
int CGLPK_add_columns(CGLPK_Problem *problem, int count, const double *objective, const int *colType,
                      const double *colLower, const double *colUpper, const int *starts, const int *rows,
                      const double *values, CGLPK_Error *error);

/** Deletes `count` columns (1-based numbers, each once); later columns move down. Non-basic
    columns only keep the basis valid. */
int CGLPK_delete_columns(CGLPK_Problem *problem, int count, const int *cols, CGLPK_Error *error);

/** Solves the LP relaxation by the primal simplex method from the current basis. */
int CGLPK_simplex(CGLPK_Problem *problem, const CGLPK_LPParams *params, CGLPK_LPResult *result,
                  CGLPK_Error *error);

/** The last simplex solution: column values (`cols`, 0-based) and row duals (`rows`, 0-based). */
int CGLPK_lp_solution(CGLPK_Problem *problem, double *values, int cols, double *duals, int rows,
                      CGLPK_Error *error);

/**
 * Name the problem (kind 0), the objective (1), row `index` (2) or column `index` (3), both
 * 1-based, for the files CGLPK_write writes. `name`: at most 255 bytes, no spaces.
 */
int CGLPK_set_name(CGLPK_Problem *problem, int kind, int index, const char *name, CGLPK_Error *error);

/** Write the problem with GLPK's own writers: format 0 = free MPS, 1 = CPLEX LP. */
int CGLPK_write(CGLPK_Problem *problem, int format, const char *path, CGLPK_Error *error);

/**
 * Test hook: makes an invalid GLPK call (a column number out of range) on `problem`, which
 * GLPK treats as fatal. Returns CGLPK_FATAL with GLPK's message; the process keeps working.
 */
int CGLPK_debug_invalid_call(CGLPK_Problem *problem, CGLPK_Error *error);

#ifdef __cplusplus
}
#endif

#endif
