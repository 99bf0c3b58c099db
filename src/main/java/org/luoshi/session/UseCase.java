package org.luoshi.session;

/**
 * One thing a person does with the workspace — import a document, export a plan, save settings —
 * written once for both faces: the window runs it on the session's I/O thread
 * ({@link Session#run}), the command line calls {@link #run} directly.
 */
@FunctionalInterface
public interface UseCase<T> {
    T run(Session session) throws Exception;
}
