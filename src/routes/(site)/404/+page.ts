// The page a static host sends for an unknown address, at any depth: plain prerendered HTML (as
// build/404.html), no JavaScript to load.
export const csr = false;
