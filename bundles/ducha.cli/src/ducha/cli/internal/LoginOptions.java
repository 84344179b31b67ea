package ducha.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The log-in options of {@code ducha-cli}, declared once on the root and inherited by every command, the plugins'
 * included, so that {@code ducha-cli db backup --user admin} and {@code ducha-cli --user admin db backup} both
 * work. There is deliberately no option that takes a password as its value: it would end up in the shell history
 * and the process list.
 */
public final class LoginOptions {

	@Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "login.user")
	String user;

	@Option(names = "--password-stdin", scope = ScopeType.INHERIT, descriptionKey = "login.password-stdin")
	boolean passwordFromStdin;

	@Option(names = "--credentials", paramLabel = "FILE", scope = ScopeType.INHERIT,
			descriptionKey = "login.credentials")
	Path credentialsFile;

	/** {@code --password-stdin}: set-up reads the new administrator's password the same way. */
	public boolean passwordFromStdin() {
		return passwordFromStdin;
	}
}
