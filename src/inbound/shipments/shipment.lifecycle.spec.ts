import { IllegalTransitionError } from '../../common/errors';
import { REPORTABLE_MILESTONES, ShipmentStatus as S, shipmentLifecycle } from './shipment.lifecycle';

describe('shipment lifecycle', () => {
  it('walks the whole milestone chain in order', () => {
    let state = S.Booked;
    for (const milestone of REPORTABLE_MILESTONES) state = shipmentLifecycle.next(state, milestone);
    expect(state).toBe(S.DeliveredToWarehouse);
    state = shipmentLifecycle.next(state, 'start_receiving');
    expect(shipmentLifecycle.next(state, 'finish_receiving')).toBe(S.Received);
  });

  it('lets a forwarder skip milestones forwards', () => {
    expect(shipmentLifecycle.next(S.Booked, 'departed')).toBe(S.Departed);
    expect(shipmentLifecycle.next(S.ArrivedPort, 'delivered_to_warehouse')).toBe(S.DeliveredToWarehouse);
  });

  it('never goes back, and a repeated milestone is not a transition', () => {
    expect(() => shipmentLifecycle.next(S.CustomsCleared, 'departed')).toThrow(IllegalTransitionError);
    expect(shipmentLifecycle.can(S.Departed, 'departed')).toBe(false);
  });

  it('starts receiving only once delivered, and a cancelled receipt hands the shipment back', () => {
    expect(shipmentLifecycle.can(S.OutForDelivery, 'start_receiving')).toBe(false);
    expect(shipmentLifecycle.next(S.Receiving, 'cancel_receiving')).toBe(S.DeliveredToWarehouse);
  });

  it('can be cancelled until it reaches the warehouse', () => {
    expect(shipmentLifecycle.next(S.OutForDelivery, 'cancel')).toBe(S.Cancelled);
    for (const state of [S.DeliveredToWarehouse, S.Receiving, S.Received, S.Cancelled]) {
      expect(shipmentLifecycle.can(state, 'cancel')).toBe(false);
    }
  });

  it('reports the illegal action with a stable code', () => {
    try {
      shipmentLifecycle.next(S.Received, 'cancel');
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toMatchObject({ code: 'SHIPMENT_ILLEGAL_TRANSITION', status: 409, extra: { state: 'received', action: 'cancel' } });
    }
  });
});
