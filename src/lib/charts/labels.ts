import type { Role } from '$lib/data/schema';

export const ROLE_LABEL: Record<Role, string> = {
	ml_engineer: 'ML Engineer',
	ai_engineer: 'AI Engineer'
};

/** Both roles, in the order every chart draws and lists them. */
export const ROLE_ORDER: readonly Role[] = ['ml_engineer', 'ai_engineer'];

/** A point a chart offers to the tooltip: where it is (viewBox units) and what to say about it. */
export interface TipPoint {
	key: string;
	x: number;
	y: number;
	title: string;
	lines: string[];
	role?: Role;
}
