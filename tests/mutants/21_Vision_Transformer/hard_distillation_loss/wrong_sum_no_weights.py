# 두 항을 가중치 없이 더한다 (1/2을 빠뜨림)
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    base = F.cross_entropy(student_cls_logits, labels)
    distill = F.cross_entropy(student_dist_logits, teacher_logits.argmax(dim=1))
    return base + distill
