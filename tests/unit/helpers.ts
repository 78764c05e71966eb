import type { RawSalaryRow } from '$lib/data/schema';

/** A raw salary row with sensible defaults; tests override only what they are about. */
export function rawRow(overrides: Partial<RawSalaryRow> = {}): RawSalaryRow {
	return {
		work_year: 2024,
		experience_level: 'SE',
		employment_type: 'FT',
		job_title: 'Machine Learning Engineer',
		salary: 100000,
		salary_currency: 'USD',
		salary_in_usd: 100000,
		employee_residence: 'US',
		remote_ratio: '0',
		company_location: 'US',
		company_size: 'M',
		...overrides
	};
}
