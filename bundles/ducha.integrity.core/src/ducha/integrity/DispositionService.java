package ducha.integrity;

import java.util.List;

import ducha.core.security.Principal;

/** Dispositions (谈话提醒、批评教育、责令书面检查、…). Recording needs {@link IntegrityPermissions#RECORDS_WRITE}. */
public interface DispositionService {

	/** The staff member's dispositions, oldest first; needs read access to the staff member's archive. */
	List<Disposition> dispositions(String staffNo, Principal reader);

	/**
	 * @return the stored disposition with id and 编号
	 * @throws ducha.core.ValidationException listing every problem
	 */
	Disposition record(Disposition disposition, Principal actor);
}
