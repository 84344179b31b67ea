package ducha.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a command class (platform or plugin): the permission the logged-in account needs to run it, e.g.
 * {@code db.admin}. {@code ducha-cli} checks it after the log-in and before the command runs, so a refused command
 * has not touched anything (exit {@link ExitCodes#NOT_PERMITTED}). Commands whose permission depends on their
 * arguments (a ledger kind, a record's department) leave it to the service they call, which checks before it
 * writes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresPermission {

	/** The permission id, as declared by a {@code PermissionProvider}. */
	String value();
}
