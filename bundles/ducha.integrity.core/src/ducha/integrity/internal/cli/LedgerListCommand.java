package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.util.List;

import ducha.core.NotFoundException;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli integrity list KIND}: the records as tab-separated lines under the Chinese headers. */
@Command(name = "list", description = "列出台账记录（制表符分隔）：talks、dispositions、risk-measures、rules、books、recommendations")
final class LedgerListCommand extends IntegrityCommand {

	private final LedgerService ledgers;

	@Parameters(paramLabel = "KIND", description = "台账")
	String kind;

	LedgerListCommand(LedgerService ledgers) {
		this.ledgers = ledgers;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		String id = Kinds.ledgerId(kind);
		LedgerKind ledger = ledgers.kind(id).orElseThrow(() -> new NotFoundException("台账 " + id + " 未安装"));
		out.println(String.join("\t", ledger.columns().stream().map(LedgerColumn::header).toList()));
		List<List<String>> rows = ledger.exportRows(actor);
		rows.forEach(row -> out.println(String.join("\t", row.stream().map(c -> c.replace('\n', ' ')).toList())));
		out.println("共 " + rows.size() + " 条");
		return 0;
	}
}
