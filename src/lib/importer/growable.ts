/** A typed array that grows as values are pushed (doubling), for columns of unknown length. */
export class Growable<A extends Float64Array | Int32Array> {
	length = 0;
	constructor(public data: A) {}

	push(value: number): void {
		if (this.length === this.data.length) {
			const grown = new (this.data.constructor as new (n: number) => A)(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		this.data[this.length++] = value;
	}
}
