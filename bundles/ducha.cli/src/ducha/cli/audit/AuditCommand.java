package ducha.cli.audit;

import picocli.CommandLine.Command;

/** {@code ducha-cli audit}: the audit log, read and verified. */
@Command(name = "audit", subcommands = { AuditListCommand.class, AuditVerifyCommand.class })
public final class AuditCommand {
}
