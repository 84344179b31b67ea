package ducha.core.internal.audit;

import java.sql.Connection;

import org.osgi.service.component.annotations.Component;

import ducha.core.audit.AuditVerification;
import ducha.core.spi.RestoreCheck;

/**
 * A backup or a restored copy must hold an intact audit chain: the same walk as {@code AuditLog.verify}, over the
 * copy's own connection. It needs no persistence unit, so it stays registered while a restore closes them.
 */
@Component
public class AuditChainCheck implements RestoreCheck {

	@Override
	public String name() {
		return Messages.Chain_checkName;
	}

	@Override
	public String problem(Connection copy) {
		AuditVerification result = new ChainVerifier(new JdbcChainRows(copy)).verify();
		return result.intact() ? null : result.problem();
	}
}
