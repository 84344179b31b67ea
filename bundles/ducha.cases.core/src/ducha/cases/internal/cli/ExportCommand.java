package ducha.cases.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;

import ducha.cases.CaseQuery;
import ducha.cases.CaseStatus;
import ducha.cli.LoggedIn;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerFormat;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cases export FILE}: the cases the user may see as a ledger. CSV pages through the register (any size);
 * .xlsx goes through the platform's ledger export (whole register, at most 100,000 cases, no filters).
 */
@Command(name = "export", description = "导出案件登记：.csv（UTF-8，可筛选，不限件数）或 .xlsx（全部案件，最多 10 万件）")
final class ExportCommand implements Callable<Integer> {

	private final CliServices services;

	@Spec
	CommandSpec spec;

	@Mixin
	LoggedIn login;

	@Mixin
	Filters filters;

	@Option(names = "--status", paramLabel = "STATUS", description = "状态：在审、中止、已结")
	String status;

	@Parameters(paramLabel = "FILE", description = "导出文件（.csv 或 .xlsx）")
	Path file;

	ExportCommand(CliServices services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException("文件夹不存在：" + folder);
		}
		Principal reader = login.principal();
		long rows;
		if (LedgerFormat.of(file) == LedgerFormat.XLSX) {
			if (filters.any() || status != null) {
				throw new ValidationException("导出 .xlsx 时不能筛选：请导出 .csv，或去掉 --department、--judge、--status");
			}
			rows = services.ledgers().exportFile("cases", file, reader);
		} else {
			CaseStatus parsed = null;
			if (status != null) {
				parsed = CaseStatus.parse(status);
				if (parsed == null) {
					throw new ValidationException("状态“" + status + "”无效，可填：" + CaseStatus.accepted());
				}
			}
			CaseQuery query = filters.query(services.directory(), parsed, null);
			rows = services.register().exportCsv(file, query, reader, new NullProgressMonitor());
		}
		spec.commandLine().getOut().println("已导出 " + rows + " 件案件到 " + file.toAbsolutePath());
		return 0;
	}
}
