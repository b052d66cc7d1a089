# 생성자를 먼저 업데이트하고 판별자를 나중에 업데이트한다
def train_step(G, D, opt_g, opt_d, real, z=None):
    B = real.shape[0]
    if z is None:
        z = torch.randn(B, G.nz, device=real.device)
    fake = G(z)
    logits_gen = D(fake)
    loss_g = F.binary_cross_entropy_with_logits(logits_gen, torch.ones_like(logits_gen))
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    logits_real, logits_fake = D(real), D(fake.detach())
    loss_d = F.binary_cross_entropy_with_logits(logits_real, torch.ones_like(logits_real))
    loss_d = loss_d + F.binary_cross_entropy_with_logits(logits_fake, torch.zeros_like(logits_fake))
    opt_d.zero_grad()
    loss_d.backward()
    opt_d.step()
    return loss_d.item(), loss_g.item()
