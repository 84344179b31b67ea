package ducha.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ducha.cases.internal.CaseTypeTable;

/**
 * A case-type code (类型代字) of the Supreme People's Court's 《人民法院案件类型及其代字标准》, e.g. 民初, 司救民, 刑医解,
 * with its name, family (大类) and step of proceedings. The table is data ({@code case-types.tsv} beside this class,
 * which names its sources), read once.
 *
 * @param code   the code as it stands in a case number, e.g. 民诉前调
 * @param name   the standard's name of the kind of case, e.g. 民事诉前调解案件
 * @param family the class of the table, e.g. {@link CaseFamily#CIVIL}
 * @param stage  the step of proceedings, e.g. {@link CaseStage#FIRST_INSTANCE}
 */
public record CaseType(String code, String name, CaseFamily family, CaseStage stage) {

	public CaseType {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(family, "family");
		Objects.requireNonNull(stage, "stage");
	}

	/** The type of a code, empty for a code the table does not hold. */
	public static Optional<CaseType> find(String code) {
		return Optional.ofNullable(CaseTypeTable.INSTANCE.byCode().get(code));
	}

	/** Every type of the table, in the table's order (by family, then as the standard lists them). */
	public static List<CaseType> all() {
		return CaseTypeTable.INSTANCE.all();
	}

	/** Every code of the table. */
	public static Set<String> codes() {
		return CaseTypeTable.INSTANCE.byCode().keySet();
	}

	/** The known type whose code is nearest to the text (fewest characters to change), e.g. 行赔初 for 行赔. */
	public static CaseType closest(String text) {
		return CaseTypeTable.INSTANCE.closest(text);
	}
}
