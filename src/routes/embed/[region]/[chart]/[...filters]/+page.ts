// An embedded chart is the prerendered HTML alone: no JavaScript to load (see +page.svelte).
export const csr = false;
