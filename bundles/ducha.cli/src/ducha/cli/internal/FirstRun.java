package ducha.cli.internal;

/**
 * A built-in command that may run without log-in while the court has not been set up (no account exists yet, so
 * nobody could log in), or because it proves its right otherwise ({@code db migrate --owner}: the database owner
 * role's password). Only the platform's own commands can be one: the interface is not exported.
 */
public interface FirstRun {

	/** Whether this run may go ahead without log-in; the command refuses by itself what it must not do. */
	boolean runsWithoutLogin();
}
